package io.scoreledger.ids;

public record PolicyId(String value) {

    public static final String PREFIX = "pol";

    public PolicyId {
        PrefixedIds.requireWellFormed(value, PREFIX, "PolicyId");
    }

    public static PolicyId mint() {
        return new PolicyId(PrefixedIds.mint(PREFIX));
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
