@NullMarked
package io.scoreledger.infra.runtime;

import org.jspecify.annotations.NullMarked;
