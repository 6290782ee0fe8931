@NullMarked
package io.scoreledger.infra.webhook;

import org.jspecify.annotations.NullMarked;
