@NullMarked
package io.scoreledger.infra;

import org.jspecify.annotations.NullMarked;
