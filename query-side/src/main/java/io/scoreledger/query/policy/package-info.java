@NullMarked
package io.scoreledger.query.policy;

import org.jspecify.annotations.NullMarked;
