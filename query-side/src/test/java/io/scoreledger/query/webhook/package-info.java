@NullMarked
package io.scoreledger.query.webhook;

import org.jspecify.annotations.NullMarked;
