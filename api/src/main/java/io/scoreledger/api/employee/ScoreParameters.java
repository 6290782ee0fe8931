package io.scoreledger.api.employee;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.employee.queries.GetScoreTrends;
import io.scoreledger.values.AcceptedTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/** Query parameters of the score routes, checked with messages that name the parameter. */
final class ScoreParameters {

    static final int MAX_TREND_YEARS = 3;
    static final int DEFAULT_TREND_DAYS = 30;
    static final int DEPARTMENT_MAX = 100;
    static final int CURSOR_MAX = 512;
    static final String BAD_CURSOR = "The cursor parameter must be a next_cursor from a previous page.";
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_\\-=.:~+/]+");
    static final String AS_OF = "as_of";
    private static final String BAD_AS_OF =
            "The as_of parameter must be an ISO-8601 date (2026-11-24) or instant with offset (2026-11-24T09:30:00Z).";

    record DateRange(LocalDate from, LocalDate to) {}

    private ScoreParameters() {}

    static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid(
                name, "The " + name + " parameter must be a whole number between " + min + " and " + max + ".");
    }

    static String department(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > DEPARTMENT_MAX) {
            throw ApiException.invalid(
                    "department",
                    "The department parameter must not be longer than " + DEPARTMENT_MAX + " characters.");
        }
        return value.strip();
    }

    static Band band(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Band band : Band.values()) {
            if (band.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return band;
            }
        }
        throw ApiException.invalid("band", "The band parameter must be one of green, yellow, orange, red, critical.");
    }

    static String cursor(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > CURSOR_MAX || !CURSOR.matcher(value).matches()) {
            throw ApiException.invalid("cursor", BAD_CURSOR);
        }
        return value;
    }

    static FindTopRisks.Order sort(String value) {
        if (value == null || value.isBlank()) {
            return FindTopRisks.Order.LOWEST_SCORE;
        }
        return switch (value.strip()) {
            case "lowest_score" -> FindTopRisks.Order.LOWEST_SCORE;
            case "biggest_drop" -> FindTopRisks.Order.BIGGEST_DROP;
            default -> throw ApiException.invalid("sort", "The sort parameter must be lowest_score or biggest_drop.");
        };
    }

    static GetScoreTrends.Interval interval(String value) {
        if (value == null || value.isBlank()) {
            return GetScoreTrends.Interval.DAILY;
        }
        return switch (value.strip()) {
            case "daily" -> GetScoreTrends.Interval.DAILY;
            case "weekly" -> GetScoreTrends.Interval.WEEKLY;
            case "monthly" -> GetScoreTrends.Interval.MONTHLY;
            default ->
                throw ApiException.invalid("interval", "The interval parameter must be daily, weekly or monthly.");
        };
    }

    /** to defaults to today (UTC), from to 30 days before to; at most three years apart. */
    static DateRange dateRange(String fromValue, String toValue, LocalDate today) {
        var to = toValue == null || toValue.isBlank() ? today : date("to", toValue);
        var from =
                fromValue == null || fromValue.isBlank() ? to.minusDays(DEFAULT_TREND_DAYS) : date("from", fromValue);
        if (from.isAfter(to)) {
            throw ApiException.invalid("from", "The from parameter must not be after to.");
        }
        if (from.isBefore(to.minusYears(MAX_TREND_YEARS))) {
            throw ApiException.invalid(
                    "from", "The range from … to must not be longer than " + MAX_TREND_YEARS + " years.");
        }
        return new DateRange(from, to);
    }

    /** An ISO-8601 date, or a date-time whose UTC date is taken; within the accepted range. */
    static LocalDate date(String name, String value) {
        var date = parseDate(name, value.strip());
        if (!AcceptedTime.isInRange(date)) {
            throw ApiException.invalid(name, "The " + name + " parameter must lie between 1970-01-01 and 9999-12-31.");
        }
        return date;
    }

    private static LocalDate parseDate(String name, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text)
                        .atZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDate();
            } catch (DateTimeParseException e) {
                throw ApiException.invalid(
                        name, "The " + name + " parameter must be an ISO-8601 date such as 2025-01-31.");
            }
        }
    }

    /**
     * The moment an as-of query answers for, null without as_of. A date stands for the end of that day in UTC (the
     * last microsecond, the read models' precision), so it includes everything recorded on it; an instant is taken
     * as given, to the microsecond. The future is refused: the read models cannot know it, and decay would make any
     * answer wrong. Today's date is not the future: it answers with everything recorded so far. Before 1970 is
     * outside the accepted range (docs/api/input-rules.md).
     */
    static Instant asOf(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        Instant asOf;
        try {
            var date = LocalDate.parse(text);
            if (date.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                throw future();
            }
            if (date.isBefore(AcceptedTime.EARLIEST_DATE)) {
                throw beforeEarliest();
            }
            return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(1, ChronoUnit.MICROS);
        } catch (DateTimeParseException notADate) {
            try {
                asOf = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeParseException e) {
                throw ApiException.invalid(AS_OF, BAD_AS_OF);
            }
        }
        if (asOf.isAfter(now)) {
            throw future();
        }
        if (asOf.isBefore(AcceptedTime.EARLIEST)) {
            throw beforeEarliest();
        }
        return asOf;
    }

    private static ApiException beforeEarliest() {
        return ApiException.invalid(AS_OF, "The as_of parameter must not be before 1970-01-01.");
    }

    private static ApiException future() {
        return ApiException.invalid(AS_OF, "The as_of parameter must not be in the future.");
    }

    /** The dashboard's ranges, counted back from today. */
    static LocalDate dashboardFrom(String range, LocalDate today) {
        return switch (range) {
            case "30d" -> today.minusDays(30);
            case "90d" -> today.minusDays(90);
            case "1y" -> today.minusYears(1);
            case "3y" -> today.minusYears(3);
            default -> throw ApiException.invalid("range", "The range parameter must be one of 30d, 90d, 1y, 3y.");
        };
    }
}
