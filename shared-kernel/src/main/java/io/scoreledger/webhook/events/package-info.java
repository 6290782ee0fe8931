@NullMarked
package io.scoreledger.webhook.events;

import org.jspecify.annotations.NullMarked;
