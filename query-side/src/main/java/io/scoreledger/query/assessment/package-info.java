@NullMarked
package io.scoreledger.query.assessment;

import org.jspecify.annotations.NullMarked;
