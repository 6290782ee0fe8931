@NullMarked
package io.scoreledger.policy;

import org.jspecify.annotations.NullMarked;
