@NullMarked
package io.scoreledger.infra.organization;

import org.jspecify.annotations.NullMarked;
