@NullMarked
package io.scoreledger.command;

import org.jspecify.annotations.NullMarked;
