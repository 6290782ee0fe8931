@NullMarked
package io.scoreledger.webhook;

import org.jspecify.annotations.NullMarked;
