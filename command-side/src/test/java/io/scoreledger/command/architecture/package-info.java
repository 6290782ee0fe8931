@NullMarked
package io.scoreledger.command.architecture;

import org.jspecify.annotations.NullMarked;
