@NullMarked
package io.scoreledger.infra.cluster;

import org.jspecify.annotations.NullMarked;
