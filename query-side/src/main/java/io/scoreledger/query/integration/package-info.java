@NullMarked
package io.scoreledger.query.integration;

import org.jspecify.annotations.NullMarked;
