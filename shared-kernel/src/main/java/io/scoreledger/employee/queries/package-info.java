@NullMarked
package io.scoreledger.employee.queries;

import org.jspecify.annotations.NullMarked;
