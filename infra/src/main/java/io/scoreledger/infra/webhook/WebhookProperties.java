package io.scoreledger.infra.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery: a dispatcher sends what the outbox holds, with retries.
 *
 * @param dispatchEnabled              false: no webhook is sent, deliveries stay in the outbox. Command-line tasks
 *                                     always run with false.
 * @param allowPrivateTargets          Lets webhooks reach loopback and private addresses (local development, tests);
 *                                     keep it off in production. The scheme check stays.
 * @param pollInterval                 How often the dispatcher looks for due deliveries.
 * @param retryScale                   Scales the retry schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h); 1 keeps it.
 * @param disableAfterFailedDeliveries A webhook is disabled once this many deliveries in a row failed every
 *                                     attempt.
 * @param connectTimeout               Connect timeout of a delivery.
 * @param requestTimeout               Timeout of a whole delivery request.
 */
@ConfigurationProperties("scoreledger.webhooks")
record WebhookProperties(
        @DefaultValue("true") boolean dispatchEnabled,
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("1") double retryScale,
        @DefaultValue("5") int disableAfterFailedDeliveries,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout) {}
