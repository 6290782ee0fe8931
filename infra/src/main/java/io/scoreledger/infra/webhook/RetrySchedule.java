package io.scoreledger.infra.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: 5s, 5m, 30m, 2h, 5h, 10h, 10h (27.6 hours in all, so a receiver down for a
 * whole day still gets the event), each plus up to 20% jitter so retries of one outage do not arrive together, then
 * give up. A scale below 1 shrinks every delay, for tests.
 */
final class RetrySchedule {

    static final List<Duration> STANDARD = List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(10));
    private static final double JITTER = 0.2;

    private final List<Duration> delays;
    private final RandomGenerator random;

    RetrySchedule(List<Duration> delays, RandomGenerator random) {
        this.delays = List.copyOf(delays);
        this.random = random;
    }

    static RetrySchedule scaled(double scale, RandomGenerator random) {
        return new RetrySchedule(
                STANDARD.stream()
                        .map(delay -> Duration.ofNanos(Math.max(1, (long) (delay.toNanos() * scale))))
                        .toList(),
                random);
    }

    int maxAttempts() {
        return delays.size() + 1;
    }

    /** The wait after the given number of failed attempts, or empty when the delivery gives up. */
    Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        var base = delays.get(failedAttempts - 1);
        var jitter = (long) (base.toNanos() * JITTER * random.nextDouble());
        return Optional.of(base.plusNanos(jitter));
    }
}
