package io.scoreledger.api.audit;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.audit.queries.FindAuditEvents;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.AcceptedTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The audit routes' query parameters. from and to take an ISO date (from: that day's start, to: the end of that
 * day, both UTC) or an ISO instant (from inclusive, to exclusive).
 */
record AuditFilters(Instant from, Instant to, String type, String actor, String aggregateId, Long cursor) {

    static AuditFilters parse(String from, String to, String type, String actor, String aggregateId, String cursor) {
        var filters = new AuditFilters(
                time("from", from, false),
                time("to", to, true),
                text(type),
                text(actor),
                text(aggregateId),
                cursor(cursor));
        if (filters.from() != null && filters.to() != null && !filters.from().isBefore(filters.to())) {
            throw ApiException.invalid("to", "The to field must be after from.");
        }
        return filters;
    }

    FindAuditEvents query(TenantId tenant, Long cursor, int limit) {
        return new FindAuditEvents(tenant, from, to, type, actor, aggregateId, cursor, limit);
    }

    static int limit(String value, int defaultLimit, int maxLimit) {
        if (value == null || value.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below like an out-of-range number
        }
        throw ApiException.invalid("limit", "The limit field must be a whole number from 1 to " + maxLimit + ".");
    }

    private static Long cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long cursor = Long.parseLong(value.strip());
            if (cursor > 0) {
                return cursor;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.invalid("cursor", "The cursor field must be a nextCursor value from a previous page.");
    }

    private static Instant time(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                var day = LocalDate.parse(text);
                if (!AcceptedTime.isInRange(day)) {
                    throw outOfRange(field);
                }
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            var instant = OffsetDateTime.parse(text).toInstant();
            if (!AcceptedTime.isInRange(instant)) {
                throw outOfRange(field);
            }
            return instant;
        } catch (DateTimeException e) {
            throw ApiException.invalid(
                    field,
                    "The " + field + " field must be an ISO date (2026-03-01) or instant (2026-03-01T08:00:00Z).");
        }
    }

    private static ApiException outOfRange(String field) {
        return ApiException.invalid(field, "The " + field + " field must lie between 1970-01-01 and 9999-12-31.");
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
