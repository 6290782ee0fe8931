@NullMarked
package io.scoreledger.api.web.openapi;

import org.jspecify.annotations.NullMarked;
