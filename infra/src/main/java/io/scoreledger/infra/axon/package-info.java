@NullMarked
package io.scoreledger.infra.axon;

import org.jspecify.annotations.NullMarked;
