@NullMarked
package io.scoreledger.infra.bench;

import org.jspecify.annotations.NullMarked;
