@NullMarked
package io.scoreledger.infra.identity;

import org.jspecify.annotations.NullMarked;
