@NullMarked
package io.scoreledger.infra.integration;

import org.jspecify.annotations.NullMarked;
