@NullMarked
package io.scoreledger.infra.edge;

import org.jspecify.annotations.NullMarked;
