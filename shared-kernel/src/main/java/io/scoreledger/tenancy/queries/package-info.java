@NullMarked
package io.scoreledger.tenancy.queries;

import org.jspecify.annotations.NullMarked;
