@NullMarked
package io.scoreledger.infra.architecture;

import org.jspecify.annotations.NullMarked;
