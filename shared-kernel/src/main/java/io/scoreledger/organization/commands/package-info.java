@NullMarked
package io.scoreledger.organization.commands;

import org.jspecify.annotations.NullMarked;
