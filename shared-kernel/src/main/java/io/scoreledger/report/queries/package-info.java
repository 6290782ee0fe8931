@NullMarked
package io.scoreledger.report.queries;

import org.jspecify.annotations.NullMarked;
