package io.scoreledger.ids;

public record WebhookId(String value) {

    public static final String PREFIX = "whk";

    public WebhookId {
        PrefixedIds.requireWellFormed(value, PREFIX, "WebhookId");
    }

    public static WebhookId mint() {
        return new WebhookId(PrefixedIds.mint(PREFIX));
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
