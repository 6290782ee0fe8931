@NullMarked
package io.scoreledger.organization.events;

import org.jspecify.annotations.NullMarked;
