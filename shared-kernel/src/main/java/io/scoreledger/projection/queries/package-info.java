@NullMarked
package io.scoreledger.projection.queries;

import org.jspecify.annotations.NullMarked;
