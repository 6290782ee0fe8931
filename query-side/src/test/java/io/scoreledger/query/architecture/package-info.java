@NullMarked
package io.scoreledger.query.architecture;

import org.jspecify.annotations.NullMarked;
