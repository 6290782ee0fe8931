@NullMarked
package io.scoreledger.integration.events;

import org.jspecify.annotations.NullMarked;
