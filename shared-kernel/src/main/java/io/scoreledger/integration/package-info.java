@NullMarked
package io.scoreledger.integration;

import org.jspecify.annotations.NullMarked;
