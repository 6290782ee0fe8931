package io.scoreledger.ids;

/** An API key; its secret never leaves the create response. */
public record ApiKeyId(String value) {

    public static final String PREFIX = "key";

    public ApiKeyId {
        PrefixedIds.requireWellFormed(value, PREFIX, "ApiKeyId");
    }

    public static ApiKeyId mint() {
        return new ApiKeyId(PrefixedIds.mint(PREFIX));
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
