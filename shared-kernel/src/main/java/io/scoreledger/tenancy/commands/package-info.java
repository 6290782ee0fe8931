@NullMarked
package io.scoreledger.tenancy.commands;

import org.jspecify.annotations.NullMarked;
