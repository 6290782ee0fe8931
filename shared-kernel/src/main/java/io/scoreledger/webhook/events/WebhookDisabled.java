package io.scoreledger.webhook.events;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Deliveries stop; the reason says why (for now only repeated delivery failures). */
@Revision("1")
public record WebhookDisabled(TenantId tenantId, WebhookId webhookId, String reason, Instant disabledAt)
        implements WebhookEvent {}
