@NullMarked
package io.scoreledger.infra.employee;

import org.jspecify.annotations.NullMarked;
