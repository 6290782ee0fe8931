@NullMarked
package io.scoreledger.tenancy.events;

import org.jspecify.annotations.NullMarked;
