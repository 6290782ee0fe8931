@NullMarked
package io.scoreledger.infra.wiring;

import org.jspecify.annotations.NullMarked;
