@NullMarked
package io.scoreledger.api.organization;

import org.jspecify.annotations.NullMarked;
