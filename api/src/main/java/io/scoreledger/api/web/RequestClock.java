package io.scoreledger.api.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The time a request is made, as recorded in commands. Millisecond precision, so the event, the read model and the
 * response all carry the same value.
 */
@Component
public class RequestClock {

    private final Clock clock;

    RequestClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
