@NullMarked
package io.scoreledger.audit.queries;

import org.jspecify.annotations.NullMarked;
