@NullMarked
package io.scoreledger.identity.events;

import org.jspecify.annotations.NullMarked;
