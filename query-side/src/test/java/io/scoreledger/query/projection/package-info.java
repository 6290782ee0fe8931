@NullMarked
package io.scoreledger.query.projection;

import org.jspecify.annotations.NullMarked;
