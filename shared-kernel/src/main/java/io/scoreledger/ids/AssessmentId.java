package io.scoreledger.ids;

public record AssessmentId(String value) {

    public static final String PREFIX = "asm";

    public AssessmentId {
        PrefixedIds.requireWellFormed(value, PREFIX, "AssessmentId");
    }

    public static AssessmentId mint() {
        return new AssessmentId(PrefixedIds.mint(PREFIX));
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
