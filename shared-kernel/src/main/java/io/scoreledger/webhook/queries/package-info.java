@NullMarked
package io.scoreledger.webhook.queries;

import org.jspecify.annotations.NullMarked;
