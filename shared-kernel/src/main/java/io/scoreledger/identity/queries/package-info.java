@NullMarked
package io.scoreledger.identity.queries;

import org.jspecify.annotations.NullMarked;
