@NullMarked
package io.scoreledger.employee.commands;

import org.jspecify.annotations.NullMarked;
