@NullMarked
package io.scoreledger.infra.cli;

import org.jspecify.annotations.NullMarked;
