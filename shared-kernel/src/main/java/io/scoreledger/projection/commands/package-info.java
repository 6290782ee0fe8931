@NullMarked
package io.scoreledger.projection.commands;

import org.jspecify.annotations.NullMarked;
