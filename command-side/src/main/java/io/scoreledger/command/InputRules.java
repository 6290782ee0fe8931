package io.scoreledger.command;

import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.values.FieldLimits;
import java.util.Locale;
import java.util.Set;

/** Input rules every aggregate enforces, whatever the caller checked before. */
public final class InputRules {

    public static final int NAME_MAX = FieldLimits.NAME_MAX;
    public static final int SHORT_TEXT_MAX = FieldLimits.SHORT_TEXT_MAX;
    public static final int EMPLOYEE_COUNT_MAX = 10_000_000;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private InputRules() {}

    public static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, "The " + field + " field is required.");
        }
        optionalText(field, value, maxLength);
    }

    public static void optionalText(String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            throw new InvalidCommandException(
                    field, "The " + field + " field must not be longer than " + maxLength + " characters.");
        }
    }

    public static void requireEmail(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, "The " + field + " field is required.");
        }
        if (value.length() > FieldLimits.EMAIL_MAX || !FieldLimits.isEmail(value.strip())) {
            throw new InvalidCommandException(field, "The " + field + " field must be a valid email address.");
        }
    }

    public static void optionalCountry(String field, String value) {
        if (value != null && !COUNTRIES.contains(value)) {
            throw new InvalidCommandException(
                    field, "The " + field + " field must be an ISO 3166-1 alpha-2 country code such as US.");
        }
    }

    public static void optionalEmployeeCount(String field, Integer value) {
        if (value != null && (value < 0 || value > EMPLOYEE_COUNT_MAX)) {
            throw new InvalidCommandException(
                    field, "The " + field + " field must be between 0 and " + EMPLOYEE_COUNT_MAX + ".");
        }
    }
}
