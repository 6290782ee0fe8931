package io.scoreledger.webhook.commands;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import java.time.Instant;
import java.util.List;

/** sealedSecret is the signing secret sealed by the api; the clear secret never enters a message. */
public record CreateWebhook(
        TenantId tenantId,
        WebhookId webhookId,
        String url,
        List<String> events,
        String description,
        String sealedSecret,
        Instant requestedAt) {}
