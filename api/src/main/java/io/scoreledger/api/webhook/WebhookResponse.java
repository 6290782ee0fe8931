package io.scoreledger.api.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.webhook.queries.WebhookView;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** secret only in the creation response; it is never shown again. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookResponse(
        String id,
        String url,
        List<String> events,
        @Nullable String description,
        String status,
        @JsonProperty("disabled_reason") @Nullable String disabledReason,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("disabled_at") @Nullable Instant disabledAt,
        @Nullable String secret) {

    static WebhookResponse of(WebhookView view) {
        return of(view, null);
    }

    static WebhookResponse of(WebhookView view, String secret) {
        return new WebhookResponse(
                view.id().value(),
                view.url(),
                view.events(),
                view.description(),
                view.status(),
                view.disabledReason(),
                view.createdAt(),
                view.disabledAt(),
                secret);
    }
}
