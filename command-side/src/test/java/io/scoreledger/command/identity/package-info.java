@NullMarked
package io.scoreledger.command.identity;

import org.jspecify.annotations.NullMarked;
