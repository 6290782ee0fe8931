@NullMarked
package io.scoreledger.policy.commands;

import org.jspecify.annotations.NullMarked;
