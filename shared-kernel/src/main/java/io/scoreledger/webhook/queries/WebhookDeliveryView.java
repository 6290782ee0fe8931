package io.scoreledger.webhook.queries;

import java.time.Instant;
import java.util.List;

/**
 * status is "pending", "delivered" or "failed" (all attempts used); nextAttemptAt only while pending. The last_…
 * fields repeat the latest of attemptLog, which holds every attempt, oldest first.
 */
public record WebhookDeliveryView(
        String id,
        String event,
        String status,
        Integer responseCode,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError,
        Instant createdAt,
        List<Attempt> attemptLog) {

    /** durationMillis is null for attempts made before durations were recorded. */
    public record Attempt(int attempt, Instant attemptedAt, Integer responseCode, String error, Long durationMillis) {}
}
