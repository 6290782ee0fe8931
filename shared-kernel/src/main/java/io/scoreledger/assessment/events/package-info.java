@NullMarked
package io.scoreledger.assessment.events;

import org.jspecify.annotations.NullMarked;
