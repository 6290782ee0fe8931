package io.scoreledger.ids;

/** One security signal as ingested. */
public record SignalId(String value) {

    public static final String PREFIX = "sig";

    public SignalId {
        PrefixedIds.requireWellFormed(value, PREFIX, "SignalId");
    }

    public static SignalId mint() {
        return new SignalId(PrefixedIds.mint(PREFIX));
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
