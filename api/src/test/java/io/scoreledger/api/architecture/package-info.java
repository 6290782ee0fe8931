@NullMarked
package io.scoreledger.api.architecture;

import org.jspecify.annotations.NullMarked;
