package io.scoreledger.identity.commands;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeApiKey(
        TenantId tenantId, @TargetAggregateIdentifier ApiKeyId apiKeyId, Instant requestedAt) {}
