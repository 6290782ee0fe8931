package io.scoreledger.infra.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * allowPrivateTargets lets webhooks reach loopback and private addresses (local development, tests); keep it off in
 * production. retryScale shrinks the retry schedule (1 is the real 5s … 10h one).
 */
@ConfigurationProperties("scoreledger.webhooks")
record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("1") double retryScale,
        @DefaultValue("5") int disableAfterFailedDeliveries,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout) {}
