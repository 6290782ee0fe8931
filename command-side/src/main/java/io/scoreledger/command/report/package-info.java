@NullMarked
package io.scoreledger.command.report;

import org.jspecify.annotations.NullMarked;
