@NullMarked
package io.scoreledger.api.employee;

import org.jspecify.annotations.NullMarked;
