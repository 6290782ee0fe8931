@NullMarked
package io.scoreledger.api.report;

import org.jspecify.annotations.NullMarked;
