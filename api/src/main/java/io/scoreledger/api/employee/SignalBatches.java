package io.scoreledger.api.employee;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.input.ControlCharacters;
import io.scoreledger.employee.commands.IngestSignals;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.values.AcceptedTime;
import io.scoreledger.values.FieldLimits;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shape checks of a signal batch. Unlike employees, signals are checked one by one: a malformed item is rejected
 * alone, with its index, and the rest of the batch still goes in.
 */
final class SignalBatches {

    static final int MAX_ITEMS = 1000;
    static final Duration MAX_CLOCK_SKEW = AcceptedTime.FUTURE_SKEW;
    static final int EXTERNAL_ID_MAX = 255;
    static final int SOURCE_MAX = 100;
    static final int DETAILS_MAX_ENTRIES = 50;
    static final int DETAIL_KEY_MAX = 100;
    static final int DETAIL_VALUE_MAX = 2000;

    static final String KNOWN_TYPES =
            Arrays.stream(SignalType.values()).map(SignalType::wireName).collect(Collectors.joining(", "));
    static final String KNOWN_SEVERITIES =
            Arrays.stream(Severity.values()).map(Severity::wireName).collect(Collectors.joining(", "));

    record Checked(List<IngestSignals.Signal> accepted, List<IngestSignals.Rejection> rejected) {}

    private SignalBatches() {}

    static Checked check(IngestSignalsRequest request, Instant now) {
        var items = request.signals();
        if (items == null) {
            throw ApiException.invalid("signals", "The signals field is required.");
        }
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw ApiException.invalid(
                    "signals", "The signals field must list between 1 and " + MAX_ITEMS + " signals.");
        }
        var accepted = new ArrayList<IngestSignals.Signal>();
        var rejected = new ArrayList<IngestSignals.Rejection>();
        for (int index = 0; index < items.size(); index++) {
            var problems = new ArrayList<String>();
            var signal = check(index, items.get(index), now, problems);
            if (problems.isEmpty()) {
                accepted.add(signal);
            } else {
                rejected.add(
                        new IngestSignals.Rejection(index, ErrorCodes.VALIDATION_ERROR, String.join(" ", problems)));
            }
        }
        return new Checked(accepted, rejected);
    }

    /** Our rejections and the command's, in the order of the request. */
    static List<IngestSignals.Rejection> merge(
            List<IngestSignals.Rejection> ours, List<IngestSignals.Rejection> theirs) {
        var all = new ArrayList<IngestSignals.Rejection>(ours);
        if (theirs != null) {
            all.addAll(theirs);
        }
        all.sort(Comparator.comparingInt(IngestSignals.Rejection::index));
        return all;
    }

    private static IngestSignals.Signal check(
            int index, IngestSignalsRequest.Item item, Instant now, List<String> problems) {
        if (item == null) {
            problems.add("The signal must be an object.");
            return null;
        }
        if (!textIsClean(item, problems)) {
            return null;
        }
        var externalId = required(item.externalId(), "externalId", EXTERNAL_ID_MAX, problems);
        var source = required(item.source(), "source", SOURCE_MAX, problems);
        SignalType type = null;
        if (item.type() == null || item.type().isBlank()) {
            problems.add("The type field is required; known types: " + KNOWN_TYPES + ".");
        } else {
            type = SignalType.fromWireName(item.type()).orElse(null);
            if (type == null) {
                problems.add("The type " + item.type() + " is unknown; known types: " + KNOWN_TYPES + ".");
            }
        }
        Severity severity = null;
        if (item.severity() == null || item.severity().isBlank()) {
            problems.add("The severity field is required; one of " + KNOWN_SEVERITIES + ".");
        } else {
            severity = Severity.fromWireName(item.severity()).orElse(null);
            if (severity == null) {
                problems.add("The severity field must be one of " + KNOWN_SEVERITIES + ".");
            }
        }
        var occurredAt = occurredAt(item.occurredAt(), now, problems);
        EmployeeId employeeId = null;
        String email = null;
        var employee = item.employee();
        if (employee == null) {
            problems.add("The employee field is required: {\"email\": …} or {\"id\": …}.");
        } else if ((employee.email() == null) == (employee.id() == null)) {
            problems.add("The employee field must name either an email or an id, not both.");
        } else if (employee.id() != null) {
            if (EmployeeId.isWellFormed(employee.id())) {
                employeeId = new EmployeeId(employee.id());
            } else {
                problems.add("The employee.id field must be an employee id such as emp_….");
            }
        } else {
            email = employee.email().strip();
            if (email.length() > EmployeeBatches.EMAIL_MAX || !FieldLimits.isEmail(email)) {
                problems.add("The employee.email field must be a valid email address.");
            }
        }
        var details = details(item.details(), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new IngestSignals.Signal(
                index,
                SignalId.mint(),
                source,
                externalId,
                type,
                severity,
                occurredAt,
                employeeId,
                email,
                email == null ? null : EmployeeId.mint(),
                details);
    }

    private static String required(String value, String field, int max, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add("The " + field + " field is required.");
            return null;
        }
        if (value.length() > max) {
            problems.add("The " + field + " field must not be longer than " + max + " characters.");
            return null;
        }
        return value;
    }

    private static Instant occurredAt(String value, Instant now, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add("The occurredAt field is required.");
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("The occurredAt field must be an ISO-8601 instant such as 2026-01-31T09:30:00Z.");
            return null;
        }
        if (!AcceptedTime.isInRange(instant)) {
            problems.add("The occurredAt field must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z.");
            return null;
        }
        if (instant.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            problems.add("The occurredAt field must not be more than 5 minutes in the future.");
            return null;
        }
        return instant;
    }

    /** Every text of the item, checked before anything else reads it; a signal's details may hold prose. */
    private static boolean textIsClean(IngestSignalsRequest.Item item, List<String> problems) {
        int before = problems.size();
        oneLine("externalId", item.externalId(), problems);
        oneLine("source", item.source(), problems);
        oneLine("type", item.type(), problems);
        oneLine("severity", item.severity(), problems);
        oneLine("occurredAt", item.occurredAt(), problems);
        if (item.employee() != null) {
            oneLine("employee.email", item.employee().email(), problems);
            oneLine("employee.id", item.employee().id(), problems);
        }
        if (item.details() != null) {
            for (var entry : item.details().entrySet()) {
                if (!ControlCharacters.isAllowed(entry.getKey(), false)
                        || entry.getValue() != null && !ControlCharacters.isAllowed(entry.getValue(), true)) {
                    problems.add(ControlCharacters.multiLineMessage("details"));
                    break;
                }
            }
        }
        return problems.size() == before;
    }

    private static void oneLine(String field, String value, List<String> problems) {
        if (value != null && !ControlCharacters.isAllowed(value, false)) {
            problems.add(ControlCharacters.message(field));
        }
    }

    private static Map<String, String> details(Map<String, String> details, List<String> problems) {
        if (details == null) {
            return Map.of();
        }
        if (details.size() > DETAILS_MAX_ENTRIES) {
            problems.add("The details field must not have more than " + DETAILS_MAX_ENTRIES + " entries.");
            return Map.of();
        }
        var copy = new LinkedHashMap<String, String>();
        for (var entry : details.entrySet()) {
            if (entry.getKey().length() > DETAIL_KEY_MAX
                    || (entry.getValue() != null && entry.getValue().length() > DETAIL_VALUE_MAX)) {
                problems.add("The details field's keys must not be longer than " + DETAIL_KEY_MAX
                        + " characters, its values not longer than " + DETAIL_VALUE_MAX + ".");
                return Map.of();
            }
            if (entry.getValue() != null) {
                copy.put(entry.getKey(), entry.getValue());
            }
        }
        return copy;
    }
}
