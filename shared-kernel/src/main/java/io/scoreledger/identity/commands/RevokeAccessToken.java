package io.scoreledger.identity.commands;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Logs a JWT out: refused from now on until it expires. tokenSha256 is the hex SHA-256 of the token. */
public record RevokeAccessToken(
        TenantId tenantId,
        @TargetAggregateIdentifier UserId userId,
        String tokenSha256,
        Instant expiresAt,
        Instant requestedAt) {}
