@NullMarked
package io.scoreledger.command.assessment;

import org.jspecify.annotations.NullMarked;
