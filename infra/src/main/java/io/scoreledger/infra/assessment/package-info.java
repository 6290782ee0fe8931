@NullMarked
package io.scoreledger.infra.assessment;

import org.jspecify.annotations.NullMarked;
