@NullMarked
package io.scoreledger.infra.tenancy;

import org.jspecify.annotations.NullMarked;
