package io.scoreledger.api.limits;

import io.scoreledger.values.SubscriptionPackage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per period, per tenant and category (the operator is one more tenant, "operator"). The seed's values are
 * set in application.yml; a missing group fails the start rather than silently leaving a category unlimited.
 *
 * @param enabled              false turns every limit off.
 * @param general              Every route not in another category.
 * @param authentication       Authentication routes.
 * @param fileUploads          Upload routes, see file-upload-paths.
 * @param reports              Report generation.
 * @param scores               The Scores API, per subscription plan.
 * @param failedAuthentication Responses with status 401, per client address.
 * @param fileUploadPaths      Path prefixes of the upload routes; no upload route exists yet.
 */
@ConfigurationProperties("scoreledger.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @NestedConfigurationProperty Quota general,
        @NestedConfigurationProperty Quota authentication,
        @NestedConfigurationProperty Quota fileUploads,
        @NestedConfigurationProperty Quota reports,
        Scores scores,
        @NestedConfigurationProperty Quota failedAuthentication,
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

    /**
     * Scores API requests per period, by subscription package.
     *
     * @param period       The period the plans' limits count over.
     * @param professional Requests per period on the professional plan.
     * @param plus         Requests per period on the plus plan.
     * @param enterprise   Requests per period on the enterprise plan.
     * @param planCacheTtl How long a node remembers a tenant's plan before it asks again.
     */
    public record Scores(
            Duration period,
            long professional,
            long plus,
            long enterprise,
            @DefaultValue("PT60S") Duration planCacheTtl) {

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
