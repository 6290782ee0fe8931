package io.scoreledger.api.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.webhook.queries.WebhookDeliveryView;
import java.time.Instant;
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
        @JsonProperty("created_at") Instant createdAt) {

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
                view.createdAt());
    }
}
