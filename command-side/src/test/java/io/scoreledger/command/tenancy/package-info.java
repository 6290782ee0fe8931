@NullMarked
package io.scoreledger.command.tenancy;

import org.jspecify.annotations.NullMarked;
