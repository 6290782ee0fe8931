package io.scoreledger.webhook.events;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record WebhookDeleted(TenantId tenantId, WebhookId webhookId, Instant deletedAt) implements WebhookEvent {}
