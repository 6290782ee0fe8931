package io.scoreledger.ids;

/** An employee of a company, the subject of a security score. */
public record EmployeeId(String value) {

    public static final String PREFIX = "emp";

    public EmployeeId {
        PrefixedIds.requireWellFormed(value, PREFIX, "EmployeeId");
    }

    public static EmployeeId mint() {
        return new EmployeeId(PrefixedIds.mint(PREFIX));
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
