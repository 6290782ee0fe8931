@NullMarked
package io.scoreledger.audit;

import org.jspecify.annotations.NullMarked;
