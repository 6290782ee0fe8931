package io.scoreledger.ids;

public record ClientId(String value) {

    public static final String PREFIX = "cli";

    public ClientId {
        PrefixedIds.requireWellFormed(value, PREFIX, "ClientId");
    }

    public static ClientId mint() {
        return new ClientId(PrefixedIds.mint(PREFIX));
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
