package io.scoreledger.webhook.queries;

import io.scoreledger.ids.TenantId;
import java.util.List;

public record FindWebhooks(TenantId tenantId) {

    public record Result(List<WebhookView> webhooks) {}
}
