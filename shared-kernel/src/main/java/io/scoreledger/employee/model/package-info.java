@NullMarked
package io.scoreledger.employee.model;

import org.jspecify.annotations.NullMarked;
