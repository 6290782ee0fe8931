@NullMarked
package io.scoreledger.identity.commands;

import org.jspecify.annotations.NullMarked;
