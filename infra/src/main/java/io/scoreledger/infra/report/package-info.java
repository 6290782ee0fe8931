@NullMarked
package io.scoreledger.infra.report;

import org.jspecify.annotations.NullMarked;
