package io.scoreledger.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 for credentials: every request verifies one, so a fast hash over high-entropy secrets, compared in constant time. */
public final class Hashing {

    private Hashing() {}

    public static String sha256Hex(String value) {
        return HexFormat.of().formatHex(sha256(value));
    }

    public static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }

    public static boolean matchesSha256Hex(String presented, String expectedHex) {
        return expectedHex != null
                && MessageDigest.isEqual(sha256(presented), HexFormat.of().parseHex(expectedHex));
    }
}
