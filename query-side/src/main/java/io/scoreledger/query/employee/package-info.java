@NullMarked
package io.scoreledger.query.employee;

import org.jspecify.annotations.NullMarked;
