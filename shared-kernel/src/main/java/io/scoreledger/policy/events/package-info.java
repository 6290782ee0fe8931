@NullMarked
package io.scoreledger.policy.events;

import org.jspecify.annotations.NullMarked;
