@NullMarked
package io.scoreledger.command.employee;

import org.jspecify.annotations.NullMarked;
