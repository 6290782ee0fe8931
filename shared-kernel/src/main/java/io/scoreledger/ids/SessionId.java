package io.scoreledger.ids;

/** A server-side session opened from a JWT. */
public record SessionId(String value) {

    public static final String PREFIX = "ses";

    public SessionId {
        PrefixedIds.requireWellFormed(value, PREFIX, "SessionId");
    }

    public static SessionId mint() {
        return new SessionId(PrefixedIds.mint(PREFIX));
    }

    public static boolean isWellFormed(String value) {
        return PrefixedIds.isWellFormed(value, PREFIX);
    }

    /** Axon stores aggregate identifiers by toString(). */
    @Override
    public String toString() {
        return value;
    }
}
