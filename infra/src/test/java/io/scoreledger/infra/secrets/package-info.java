@NullMarked
package io.scoreledger.infra.secrets;

import org.jspecify.annotations.NullMarked;
