@NullMarked
package io.scoreledger.organization.queries;

import org.jspecify.annotations.NullMarked;
