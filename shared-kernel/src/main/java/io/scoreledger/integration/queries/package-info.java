@NullMarked
package io.scoreledger.integration.queries;

import org.jspecify.annotations.NullMarked;
