@NullMarked
package io.scoreledger.assessment.commands;

import org.jspecify.annotations.NullMarked;
