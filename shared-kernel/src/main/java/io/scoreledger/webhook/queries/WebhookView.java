package io.scoreledger.webhook.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import java.time.Instant;
import java.util.List;

/** status is "active" or "disabled"; disabledReason and disabledAt only when disabled. */
public record WebhookView(
        WebhookId id,
        TenantId tenantId,
        String url,
        List<String> events,
        String description,
        String status,
        String disabledReason,
        Instant createdAt,
        Instant disabledAt) {}
