package io.scoreledger.api.limits;

import io.scoreledger.values.SubscriptionPackage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * scoreledger.rate-limits.*: the limits per category and plan. The seed's values are set in application.yml; a
 * missing group fails the start rather than silently leaving a category unlimited.
 */
@ConfigurationProperties("scoreledger.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        Quota general,
        Quota authentication,
        Quota fileUploads,
        Quota reports,
        Scores scores,
        Quota failedAuthentication,
        @DefaultValue List<String> fileUploadPaths) {

    public RateLimitProperties {
        String prefix = "scoreledger.rate-limits.";
        Objects.requireNonNull(general, prefix + "general is not set");
        Objects.requireNonNull(authentication, prefix + "authentication is not set");
        Objects.requireNonNull(fileUploads, prefix + "file-uploads is not set");
        Objects.requireNonNull(reports, prefix + "reports is not set");
        Objects.requireNonNull(scores, prefix + "scores is not set");
        Objects.requireNonNull(failedAuthentication, prefix + "failed-authentication is not set");
        fileUploadPaths = List.copyOf(fileUploadPaths);
    }

    /** The quota of a platform category; scores depend on the plan, see {@link Scores#quotaFor}. */
    public Quota quotaFor(RateLimitCategory category) {
        return switch (category) {
            case GENERAL -> general;
            case AUTHENTICATION -> authentication;
            case FILE_UPLOADS -> fileUploads;
            case REPORTS -> reports;
            case SCORES -> throw new IllegalArgumentException("The scores quota depends on the tenant's plan");
        };
    }

    /** Scores API requests per period, by subscription package. */
    public record Scores(Duration period, long professional, long plus, long enterprise) {

        public Scores {
            Objects.requireNonNull(period, "scoreledger.rate-limits.scores.period is not set");
        }

        public Quota quotaFor(SubscriptionPackage plan) {
            return new Quota(
                    switch (plan) {
                        case PROFESSIONAL -> professional;
                        case PLUS -> plus;
                        case ENTERPRISE -> enterprise;
                    },
                    period);
        }
    }
}
