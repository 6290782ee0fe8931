@NullMarked
package io.scoreledger.infra.policy;

import org.jspecify.annotations.NullMarked;
