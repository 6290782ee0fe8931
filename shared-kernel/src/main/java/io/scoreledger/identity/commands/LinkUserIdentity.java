package io.scoreledger.identity.commands;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Binds the identity provider's subject (the JWT's sub) to the user matched by email on first sign-in. */
public record LinkUserIdentity(
        TenantId tenantId, @TargetAggregateIdentifier UserId userId, String subject, Instant requestedAt) {}
