@NullMarked
package io.scoreledger.command.policy;

import org.jspecify.annotations.NullMarked;
