@NullMarked
package io.scoreledger.infra.deadletter;

import org.jspecify.annotations.NullMarked;
