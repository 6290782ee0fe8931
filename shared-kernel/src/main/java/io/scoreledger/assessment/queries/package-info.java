@NullMarked
package io.scoreledger.assessment.queries;

import org.jspecify.annotations.NullMarked;
