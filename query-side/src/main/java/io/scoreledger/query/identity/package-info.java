@NullMarked
package io.scoreledger.query.identity;

import org.jspecify.annotations.NullMarked;
