package io.scoreledger.api.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a batch item whose text its route checks itself, so that a bad item is rejected alone and the rest of the
 * batch still goes in; the request-wide check leaves such records to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckedPerItem {}
