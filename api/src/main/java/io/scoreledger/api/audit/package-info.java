@NullMarked
package io.scoreledger.api.audit;

import org.jspecify.annotations.NullMarked;
