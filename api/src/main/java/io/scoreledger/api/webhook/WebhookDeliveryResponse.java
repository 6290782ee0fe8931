package io.scoreledger.api.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.webhook.queries.WebhookDeliveryView;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

record WebhookDeliveryResponse(
        String id,
        String event,
        String status,
        @JsonProperty("response_code") @Nullable Integer responseCode,
        int attempts,
        @JsonProperty("next_attempt_at") @Nullable Instant nextAttemptAt,
        @JsonProperty("last_attempt_at") @Nullable Instant lastAttemptAt,
        @JsonProperty("last_error") @Nullable String lastError,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("attempt_log") List<Attempt> attemptLog) {

    /** Every attempt, oldest first; the last_… fields above repeat the latest one. */
    record Attempt(
            int attempt,
            @JsonProperty("attempted_at") Instant attemptedAt,
            @JsonProperty("response_code") @Nullable Integer responseCode,
            @Nullable String error,
            @JsonProperty("duration_ms") @Nullable Long durationMs) {}

    static WebhookDeliveryResponse of(WebhookDeliveryView view) {
        return new WebhookDeliveryResponse(
                view.id(),
                view.event(),
                view.status(),
                view.responseCode(),
                view.attempts(),
                view.nextAttemptAt(),
                view.lastAttemptAt(),
                view.lastError(),
                view.createdAt(),
                view.attemptLog().stream()
                        .map(a -> new Attempt(
                                a.attempt(), a.attemptedAt(), a.responseCode(), a.error(), a.durationMillis()))
                        .toList());
    }
}
