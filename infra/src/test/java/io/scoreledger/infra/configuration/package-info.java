@NullMarked
package io.scoreledger.infra.configuration;

import org.jspecify.annotations.NullMarked;
