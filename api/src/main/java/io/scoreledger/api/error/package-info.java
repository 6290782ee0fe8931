@NullMarked
package io.scoreledger.api.error;

import org.jspecify.annotations.NullMarked;
