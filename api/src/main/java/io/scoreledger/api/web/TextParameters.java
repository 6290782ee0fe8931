package io.scoreledger.api.web;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.values.FieldLimits;

/** Free-text query parameters (search, filters) are held to the length of the field they are matched against. */
public final class TextParameters {

    private TextParameters() {}

    /** A search over names or titles. */
    public static String search(String value) {
        return limited("search", value, FieldLimits.NAME_MAX);
    }

    public static String limited(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.invalid(
                    name, "The " + name + " parameter must not be longer than " + max + " characters.");
        }
        return value;
    }
}
