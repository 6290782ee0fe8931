package io.scoreledger.tenancy.commands;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.ClientProfile;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateClient(
        TenantId tenantId, @TargetAggregateIdentifier ClientId clientId, ClientProfile profile, Instant requestedAt) {}
