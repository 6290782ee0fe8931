@NullMarked
package io.scoreledger.query.tenancy;

import org.jspecify.annotations.NullMarked;
