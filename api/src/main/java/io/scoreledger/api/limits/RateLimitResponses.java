package io.scoreledger.api.limits;

import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.error.ErrorResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * X-RateLimit-Limit is the bucket's capacity, X-RateLimit-Remaining the tokens left after this request, and
 * X-RateLimit-Reset the Unix time, in whole seconds rounded up, at which the bucket is full again if no further
 * request is made. Buckets refill smoothly, so a token comes back long before that: Retry-After on a 429 says when.
 */
final class RateLimitResponses {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";
    static final String MESSAGE = "Rate limit exceeded.";

    private final Clock clock;

    RateLimitResponses(Clock clock) {
        this.clock = clock;
    }

    void describe(HttpServletResponse response, RateLimitDecision decision) {
        response.setHeader(LIMIT, Long.toString(decision.limit()));
        response.setHeader(REMAINING, Long.toString(decision.remaining()));
        response.setHeader(
                RESET, Long.toString(ceilingEpochSecond(clock.instant().plus(decision.untilFull()))));
    }

    void refuse(HttpServletResponse response, RateLimitDecision decision) throws IOException {
        describe(response, decision);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(decision)));
        ErrorResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, ErrorCodes.RATE_LIMITED, MESSAGE);
    }

    /** Whole seconds, rounded up and at least 1, so a client that waits that long finds a token. */
    static long retryAfterSeconds(RateLimitDecision decision) {
        return Math.max(1, ceilingSeconds(decision.retryAfter()));
    }

    private static long ceilingSeconds(Duration duration) {
        return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    }

    private static long ceilingEpochSecond(Instant instant) {
        return instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
    }
}
