package io.scoreledger.api.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code limit} requests per {@code period}, refilled smoothly (one token every period / limit).
 *
 * @param limit  Requests allowed per period.
 * @param period The period the limit counts over.
 */
public record Quota(long limit, Duration period) {

    public Quota {
        Objects.requireNonNull(period, "period");
        if (limit < 1) {
            throw new IllegalArgumentException("A rate limit must allow at least one request, not " + limit);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit period must be positive, not " + period);
        }
    }

    @Override
    public String toString() {
        return limit + "/" + period;
    }
}
