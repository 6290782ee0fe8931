@NullMarked
package io.scoreledger.rules;

import org.jspecify.annotations.NullMarked;
