@NullMarked
package io.scoreledger.command.integration;

import org.jspecify.annotations.NullMarked;
