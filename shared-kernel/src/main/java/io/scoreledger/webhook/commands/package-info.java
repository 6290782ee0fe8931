@NullMarked
package io.scoreledger.webhook.commands;

import org.jspecify.annotations.NullMarked;
