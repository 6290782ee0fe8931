@NullMarked
package io.scoreledger.report;

import org.jspecify.annotations.NullMarked;
