package io.scoreledger.webhook.events;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;

public sealed interface WebhookEvent permits WebhookCreated, WebhookDeleted, WebhookDisabled {

    TenantId tenantId();

    WebhookId webhookId();
}
