@NullMarked
package io.scoreledger.query.audit;

import org.jspecify.annotations.NullMarked;
