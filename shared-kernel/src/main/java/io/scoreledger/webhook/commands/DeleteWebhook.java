package io.scoreledger.webhook.commands;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteWebhook(
        TenantId tenantId, @TargetAggregateIdentifier WebhookId webhookId, Instant requestedAt) {}
