package io.scoreledger.identity.events;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AccessTokenRevoked(
        TenantId tenantId, UserId userId, String tokenSha256, Instant expiresAt, Instant revokedAt)
        implements UserEvent {}
