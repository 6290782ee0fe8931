package io.scoreledger.identity.commands;

import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * tokenSha256: hex SHA-256 of the session cookie's value; the value itself is never stored. openedWithTokenSha256:
 * hex SHA-256 of the JWT that opens the session, whose logout ends it.
 */
public record StartSession(
        TenantId tenantId,
        @TargetAggregateIdentifier UserId userId,
        SessionId sessionId,
        String tokenSha256,
        Instant expiresAt,
        Instant requestedAt,
        String openedWithTokenSha256) {}
