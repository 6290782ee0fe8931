package io.scoreledger.webhook.queries;

import java.time.Instant;

/** status is "pending", "delivered" or "failed" (all attempts used); nextAttemptAt only while pending. */
public record WebhookDeliveryView(
        String id,
        String event,
        String status,
        Integer responseCode,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError,
        Instant createdAt) {}
