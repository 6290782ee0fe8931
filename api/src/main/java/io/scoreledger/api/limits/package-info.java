@NullMarked
package io.scoreledger.api.limits;

import org.jspecify.annotations.NullMarked;
