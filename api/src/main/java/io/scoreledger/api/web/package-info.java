@NullMarked
package io.scoreledger.api.web;

import org.jspecify.annotations.NullMarked;
