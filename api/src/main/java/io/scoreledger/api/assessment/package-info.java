@NullMarked
package io.scoreledger.api.assessment;

import org.jspecify.annotations.NullMarked;
