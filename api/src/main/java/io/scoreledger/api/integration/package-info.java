@NullMarked
package io.scoreledger.api.integration;

import org.jspecify.annotations.NullMarked;
