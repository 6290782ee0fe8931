@NullMarked
package io.scoreledger.infra.upcasting;

import org.jspecify.annotations.NullMarked;
