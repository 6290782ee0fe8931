@NullMarked
package io.scoreledger.report.commands;

import org.jspecify.annotations.NullMarked;
