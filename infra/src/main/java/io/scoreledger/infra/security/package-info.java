@NullMarked
package io.scoreledger.infra.security;

import org.jspecify.annotations.NullMarked;
