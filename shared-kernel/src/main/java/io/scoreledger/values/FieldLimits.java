package io.scoreledger.values;

import java.util.regex.Pattern;

/**
 * The lengths and the e-mail rule that both the api's request checks and the aggregates' input rules apply, so a
 * value the api lets through is one the aggregate accepts, and the other way round.
 */
public final class FieldLimits {

    public static final int NAME_MAX = 255;
    public static final int SHORT_TEXT_MAX = 100;
    public static final int EMAIL_MAX = 254;

    /**
     * A local part of at most 64 characters, a domain with a dot, and a top-level part of two or more characters;
     * no spaces, one @. For bean validation's {@code @Pattern}, which matches the whole value.
     */
    public static final String EMAIL_PATTERN = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}";

    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    private FieldLimits() {}

    /** The shape only; the length is checked against {@link #EMAIL_MAX} with its own message. */
    public static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }
}
