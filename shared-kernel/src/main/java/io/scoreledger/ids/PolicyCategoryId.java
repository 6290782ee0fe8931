package io.scoreledger.ids;

public record PolicyCategoryId(String value) {

    public static final String PREFIX = "pcat";

    public PolicyCategoryId {
        PrefixedIds.requireWellFormed(value, PREFIX, "PolicyCategoryId");
    }

    public static PolicyCategoryId mint() {
        return new PolicyCategoryId(PrefixedIds.mint(PREFIX));
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
