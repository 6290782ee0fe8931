package io.scoreledger.ids;

public record ReportId(String value) {

    public static final String PREFIX = "rpt";

    public ReportId {
        PrefixedIds.requireWellFormed(value, PREFIX, "ReportId");
    }

    public static ReportId mint() {
        return new ReportId(PrefixedIds.mint(PREFIX));
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
