package io.scoreledger.webhook.commands;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;

/**
 * Sends one signed test event and reports the outcome; nothing is recorded. Either webhookId (its url and secret) or
 * url with an optional secret (without one the event goes out signed with a throwaway secret).
 */
public record TestWebhookConnection(TenantId tenantId, WebhookId webhookId, String url, String secret) {

    public record Result(boolean delivered, Integer statusCode, String error) {}
}
