package io.scoreledger.infra.axon;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command that lost a race, and nothing else. Axon's aggregate lock is per JVM, so two nodes can load the
 * same aggregate at once; the second to append hits the event store's (aggregate, sequence) key and its whole
 * transaction rolls back. Sent again, the command loads the aggregate with the winner's events and decides anew.
 * Axon's own schedulers retry every failure that is not explicitly non-transient, validation errors included; here
 * only conflicts are retried, with an exponential back-off.
 */
final class ConflictRetry implements RetryScheduler, AutoCloseable {

    /** serialization_failure and deadlock_detected: PostgreSQL rolled the transaction back, a retry may pass. */
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40001", "40P01");

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("command-retry").factory());
    private final RetryScheduler backOff;
    private final Duration firstInterval;

    ConflictRetry(int maxRetries, Duration firstInterval) {
        this.firstInterval = firstInterval;
        this.backOff = ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(timer)
                .maxRetryCount(maxRetries)
                .backoffFactor(Math.max(1, firstInterval.toMillis()))
                .nonTransientFailurePredicate(failure -> false)
                .build();
    }

    /**
     * The timer only waits; the command is handled again on a thread of its own, so retries do not queue. A random
     * extra wait of up to the back-off itself keeps two losers of the same race from meeting again.
     */
    @Override
    public boolean scheduleRetry(
            CommandMessage commandMessage,
            RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures,
            Runnable dispatchTask) {
        long jitterCeiling = firstInterval.toMillis() << Math.min(Math.max(failures.size() - 1, 0), 16);
        Runnable jittered = () -> Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(jitterCeiling + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            dispatchTask.run();
        });
        return isConflict(lastFailure) && backOff.scheduleRetry(commandMessage, lastFailure, failures, jittered);
    }

    static boolean isConflict(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // Axon reports a duplicate key as a failed stream creation when the batch's first event starts a stream,
            // whichever event of the batch collided.
            if (cause instanceof ConcurrencyException
                    || cause instanceof AggregateStreamCreationException
                    || cause instanceof DeadlockException
                    || cause instanceof SQLException sql && RETRYABLE_SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
