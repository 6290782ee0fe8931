@NullMarked
package io.scoreledger.api.webhook;

import org.jspecify.annotations.NullMarked;
