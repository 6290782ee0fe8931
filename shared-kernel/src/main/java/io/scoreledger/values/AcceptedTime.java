package io.scoreledger.values;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one range of dates and times the service accepts from outside. Before 1970 nothing the service records can have
 * happened, and years beyond 9999 (or before year 1) break ISO-8601 parsers in the clients that read them back; an
 * occurrence may lie at most a clock skew in the future.
 */
public final class AcceptedTime {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    public static final Duration FUTURE_SKEW = Duration.ofMinutes(5);

    private AcceptedTime() {}

    public static boolean isInRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static boolean isInRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /** Something that happened: in range, and not later than now plus the skew a sender's clock may have. */
    public static boolean isAcceptedOccurrence(Instant instant, Instant now) {
        return isInRange(instant) && !instant.isAfter(now.plus(FUTURE_SKEW));
    }
}
