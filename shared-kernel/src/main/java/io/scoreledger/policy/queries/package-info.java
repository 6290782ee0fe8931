@NullMarked
package io.scoreledger.policy.queries;

import org.jspecify.annotations.NullMarked;
