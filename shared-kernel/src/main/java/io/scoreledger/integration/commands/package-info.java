@NullMarked
package io.scoreledger.integration.commands;

import org.jspecify.annotations.NullMarked;
