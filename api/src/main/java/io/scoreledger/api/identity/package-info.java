@NullMarked
package io.scoreledger.api.identity;

import org.jspecify.annotations.NullMarked;
