package io.scoreledger.api.security;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * API key format crp.&lt;lookup&gt;.&lt;secret&gt;: a 16-character lookup, indexed, and a 32-character base-62 secret
 * (about 190 bits) of which only the SHA-256 is stored.
 */
public final class ApiKeys {

    public static final String PREFIX = "crp.";
    private static final Pattern FORMAT = Pattern.compile("crp\\.([0-9A-Za-z]{16})\\.([0-9A-Za-z]{32})");
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    public record Parts(String lookup, String secret) {

        public String raw() {
            return PREFIX + lookup + "." + secret;
        }
    }

    public static Parts generate() {
        return new Parts(random(16), random(32));
    }

    static Parts parse(String raw) {
        var matcher = FORMAT.matcher(raw);
        return matcher.matches() ? new Parts(matcher.group(1), matcher.group(2)) : null;
    }

    private static String random(int length) {
        var value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return value.toString();
    }
}
