package io.scoreledger.ids;

import java.security.SecureRandom;

/** Random ids in the seeds' style (cmp_…, cli_…): a type prefix and 20 base-62 characters, about 119 bits. */
public final class PrefixedIds {

    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int RANDOM_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrefixedIds() {}

    public static String mint(String prefix) {
        var id = new StringBuilder(prefix.length() + 1 + RANDOM_LENGTH)
                .append(prefix)
                .append('_');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    static String requireWellFormed(String value, String prefix, String typeName) {
        if (value == null || !value.matches(prefix + "_[0-9A-Za-z]{1,64}")) {
            throw new IllegalArgumentException(typeName + " must look like " + prefix + "_…, got: " + value);
        }
        return value;
    }

    public static boolean isWellFormed(String value, String prefix) {
        return value != null && value.matches(prefix + "_[0-9A-Za-z]{1,64}");
    }
}
