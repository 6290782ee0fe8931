@NullMarked
package io.scoreledger.assessment.model;

import org.jspecify.annotations.NullMarked;
