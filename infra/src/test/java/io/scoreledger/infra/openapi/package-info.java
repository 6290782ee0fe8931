@NullMarked
package io.scoreledger.infra.openapi;

import org.jspecify.annotations.NullMarked;
