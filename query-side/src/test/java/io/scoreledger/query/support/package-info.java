@NullMarked
package io.scoreledger.query.support;

import org.jspecify.annotations.NullMarked;
