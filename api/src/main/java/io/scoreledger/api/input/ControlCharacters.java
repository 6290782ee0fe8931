package io.scoreledger.api.input;

/**
 * The text rule at the edge (docs/api/input-rules.md). C0 control characters, DEL and lone UTF-16 surrogates are
 * refused everywhere: PostgreSQL cannot store NUL in text, a lone surrogate has no UTF-8 form, and the others only
 * ever arrive to confuse logs, terminals and CSV readers. Tab, line feed and carriage return pass where a field holds
 * multi-line prose.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    public static boolean isAllowed(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (!(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                    return false;
                }
            } else if (c == 0x7F) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static String message(String field) {
        return "The " + field + " field must not contain control characters (U+0000 to U+001F, U+007F) or unpaired"
                + " surrogates.";
    }

    public static String multiLineMessage(String field) {
        return "The " + field + " field must not contain control characters other than tab, line feed and carriage"
                + " return, nor unpaired surrogates.";
    }

    public static String messageFor(String field, boolean multiLine) {
        return multiLine ? multiLineMessage(field) : message(field);
    }
}
