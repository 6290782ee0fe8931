@NullMarked
package io.scoreledger.values;

import org.jspecify.annotations.NullMarked;
