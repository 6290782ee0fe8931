package io.scoreledger.webhook.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import java.util.List;

/** The newest deliveries first, at most limit of them. */
public record FindWebhookDeliveries(TenantId tenantId, WebhookId webhookId, int limit) {

    public record Result(List<WebhookDeliveryView> deliveries) {}
}
