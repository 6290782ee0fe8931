package io.scoreledger.ids;

/** A user of a company's directory. */
public record UserId(String value) {

    public static final String PREFIX = "usr";

    public UserId {
        PrefixedIds.requireWellFormed(value, PREFIX, "UserId");
    }

    public static UserId mint() {
        return new UserId(PrefixedIds.mint(PREFIX));
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
