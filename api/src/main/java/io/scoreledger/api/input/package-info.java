@NullMarked
package io.scoreledger.api.input;

import org.jspecify.annotations.NullMarked;
