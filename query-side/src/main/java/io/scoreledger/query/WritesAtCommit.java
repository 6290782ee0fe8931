package io.scoreledger.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A projector whose event handlers only change state in memory and write it once when the batch commits (through
 * {@link PendingWrites}). Its handlers issue no statement that could abort the batch's transaction, so they need no
 * savepoint per event; a failure in one of them still parks that event in the dead-letter queue.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WritesAtCommit {}
