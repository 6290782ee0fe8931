package io.scoreledger.identity.commands;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeactivateUser(
        TenantId tenantId, @TargetAggregateIdentifier UserId userId, Instant requestedAt) {}
