@NullMarked
package io.scoreledger.infra.database;

import org.jspecify.annotations.NullMarked;
