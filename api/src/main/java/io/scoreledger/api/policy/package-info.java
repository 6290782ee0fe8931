@NullMarked
package io.scoreledger.api.policy;

import org.jspecify.annotations.NullMarked;
