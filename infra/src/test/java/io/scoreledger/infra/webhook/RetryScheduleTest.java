package io.scoreledger.infra.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void givenTheStandardSchedule_whenEveryRetryWaits_thenTheAttemptsSpanMoreThan24Hours() {
        var schedule = new RetrySchedule(RetrySchedule.STANDARD, new Random(1));

        var total = IntStream.rangeClosed(1, schedule.maxAttempts() - 1)
                .mapToObj(attempt -> schedule.delayAfter(attempt).orElseThrow())
                .reduce(Duration.ZERO, Duration::plus);

        assertThat(total).isGreaterThan(Duration.ofHours(24));
        assertThat(schedule.delayAfter(schedule.maxAttempts())).isEmpty();
    }

    @Test
    void givenJitter_whenAFirstRetryIsScheduled_thenItWaitsBetweenTheBaseAndTwentyPercentMore() {
        var schedule = new RetrySchedule(RetrySchedule.STANDARD, new Random(7));

        IntStream.range(0, 100)
                .forEach(i -> assertThat(schedule.delayAfter(1).orElseThrow())
                        .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6)));
    }

    @Test
    void givenAScale_whenScheduled_thenEveryDelayShrinks() {
        var schedule = RetrySchedule.scaled(0.0001, new Random(3));

        assertThat(schedule.delayAfter(1).orElseThrow()).isLessThan(Duration.ofMillis(1));
        assertThat(schedule.delayAfter(7).orElseThrow()).isLessThan(Duration.ofSeconds(5));
    }
}
