package io.scoreledger.api.limits;

/** The groups of routes that have a limit of their own; each tenant has one bucket per category. */
public enum RateLimitCategory {
    GENERAL("general"),
    AUTHENTICATION("authentication"),
    FILE_UPLOADS("file-uploads"),
    REPORTS("reports"),
    SCORES("scores");

    private final String bucketPrefix;

    RateLimitCategory(String bucketPrefix) {
        this.bucketPrefix = bucketPrefix;
    }

    /** The first part of a bucket key, e.g. {@code reports:cmp_…}. */
    public String bucketPrefix() {
        return bucketPrefix;
    }
}
