package io.scoreledger.tenancy.commands;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReactivateClient(
        TenantId tenantId, @TargetAggregateIdentifier ClientId clientId, Instant requestedAt) {}
