@NullMarked
package io.scoreledger.infra.audit;

import org.jspecify.annotations.NullMarked;
