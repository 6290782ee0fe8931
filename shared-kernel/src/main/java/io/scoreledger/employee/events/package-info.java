@NullMarked
package io.scoreledger.employee.events;

import org.jspecify.annotations.NullMarked;
