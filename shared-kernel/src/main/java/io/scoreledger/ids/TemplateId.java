package io.scoreledger.ids;

public record TemplateId(String value) {

    public static final String PREFIX = "tpl";

    public TemplateId {
        PrefixedIds.requireWellFormed(value, PREFIX, "TemplateId");
    }

    public static TemplateId mint() {
        return new TemplateId(PrefixedIds.mint(PREFIX));
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
