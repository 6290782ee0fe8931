package io.scoreledger.identity.commands;

import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndSession(
        TenantId tenantId, @TargetAggregateIdentifier UserId userId, SessionId sessionId, Instant requestedAt) {}
