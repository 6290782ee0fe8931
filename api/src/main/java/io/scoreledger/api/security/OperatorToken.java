package io.scoreledger.api.security;

import java.security.MessageDigest;

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
        return new OperatorToken(Hashing.sha256(rawToken));
    }

    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(sha256, Hashing.sha256(presented));
    }
}
