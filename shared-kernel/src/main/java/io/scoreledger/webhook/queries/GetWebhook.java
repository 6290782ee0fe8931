package io.scoreledger.webhook.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import java.util.Optional;

public record GetWebhook(TenantId tenantId, WebhookId webhookId) {

    /** webhook is null when the tenant has no such webhook. */
    public record Result(WebhookView webhook) {

        public Optional<WebhookView> found() {
            return Optional.ofNullable(webhook);
        }
    }
}
