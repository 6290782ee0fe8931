@NullMarked
package io.scoreledger.infra.support;

import org.jspecify.annotations.NullMarked;
