package io.scoreledger.api.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Projections are eventually consistent; a caller who just wrote expects to read its write. After a command, the
 * api waits (briefly, bounded) until the read model shows the change before it answers.
 */
@Component
public class ReadYourWrites {

    private final QueryGateway queries;
    private final Duration timeout;

    ReadYourWrites(QueryGateway queries, ApiProperties settings) {
        this.queries = queries;
        this.timeout = settings.readYourWritesTimeout();
    }

    public <R> Optional<R> await(Object query, Class<R> resultType, Predicate<R> visible) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMillis = 1;
        while (true) {
            R result = queries.query(query, resultType).join();
            if (visible.test(result)) {
                return Optional.of(result);
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pauseMillis = Math.min(pauseMillis * 2, 50);
        }
    }
}
