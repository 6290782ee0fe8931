@NullMarked
package io.scoreledger.architecture;

import org.jspecify.annotations.NullMarked;
