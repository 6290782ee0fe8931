@NullMarked
package io.scoreledger.ids;

import org.jspecify.annotations.NullMarked;
