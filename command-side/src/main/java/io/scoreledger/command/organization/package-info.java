@NullMarked
package io.scoreledger.command.organization;

import org.jspecify.annotations.NullMarked;
