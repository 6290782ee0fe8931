@NullMarked
package io.scoreledger.api.projection;

import org.jspecify.annotations.NullMarked;
