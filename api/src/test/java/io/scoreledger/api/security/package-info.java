@NullMarked
package io.scoreledger.api.security;

import org.jspecify.annotations.NullMarked;
