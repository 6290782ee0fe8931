package io.scoreledger.api.security;

import io.scoreledger.ids.SessionId;
import java.time.Instant;

/**
 * How the caller proved itself, as far as logout needs to know: the token's hash (never the token), the session, and
 * when the credential would have expired anyway.
 */
public record Credential(Type type, String tokenSha256, SessionId sessionId, Instant expiresAt) {

    public enum Type {
        OPERATOR_TOKEN,
        API_KEY,
        JWT,
        SESSION
    }

    public static Credential of(Type type) {
        return new Credential(type, null, null, null);
    }
}
