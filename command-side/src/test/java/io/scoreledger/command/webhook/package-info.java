@NullMarked
package io.scoreledger.command.webhook;

import org.jspecify.annotations.NullMarked;
