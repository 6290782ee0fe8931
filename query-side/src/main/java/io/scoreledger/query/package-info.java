@NullMarked
package io.scoreledger.query;

import org.jspecify.annotations.NullMarked;
