@NullMarked
package io.scoreledger.report.events;

import org.jspecify.annotations.NullMarked;
