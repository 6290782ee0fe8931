@NullMarked
package io.scoreledger.projection;

import org.jspecify.annotations.NullMarked;
