@NullMarked
package io.scoreledger.infra.projection;

import org.jspecify.annotations.NullMarked;
