@NullMarked
package io.scoreledger.infra.limits;

import org.jspecify.annotations.NullMarked;
