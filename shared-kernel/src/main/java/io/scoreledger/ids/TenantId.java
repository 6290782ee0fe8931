package io.scoreledger.ids;

/** A company's id: the tenant, the isolation boundary for all data. */
public record TenantId(String value) {

    public static final String PREFIX = "cmp";

    public TenantId {
        PrefixedIds.requireWellFormed(value, PREFIX, "TenantId");
    }

    public static TenantId mint() {
        return new TenantId(PrefixedIds.mint(PREFIX));
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
