package io.scoreledger.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The operator's bearer token, kept only as its SHA-256 and compared in constant time. */
public final class OperatorToken {

    private final byte[] sha256;

    private OperatorToken(byte[] sha256) {
        this.sha256 = sha256;
    }

    public static OperatorToken of(String rawToken) {
        if (rawToken == null || rawToken.length() < 16) {
            throw new IllegalArgumentException("The operator token must be at least 16 characters long.");
        }
        return new OperatorToken(sha256(rawToken));
    }

    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(sha256, sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }
}
