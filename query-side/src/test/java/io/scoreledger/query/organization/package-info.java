@NullMarked
package io.scoreledger.query.organization;

import org.jspecify.annotations.NullMarked;
