package io.scoreledger.webhook.events;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record WebhookCreated(
        TenantId tenantId,
        WebhookId webhookId,
        String url,
        List<String> events,
        String description,
        String sealedSecret,
        Instant createdAt)
        implements WebhookEvent {}
