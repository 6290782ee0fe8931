@NullMarked
package io.scoreledger.api.tenancy;

import org.jspecify.annotations.NullMarked;
