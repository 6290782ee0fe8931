package io.scoreledger.ids;

public record IntegrationCredentialId(String value) {

    public static final String PREFIX = "icr";

    public IntegrationCredentialId {
        PrefixedIds.requireWellFormed(value, PREFIX, "IntegrationCredentialId");
    }

    public static IntegrationCredentialId mint() {
        return new IntegrationCredentialId(PrefixedIds.mint(PREFIX));
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
