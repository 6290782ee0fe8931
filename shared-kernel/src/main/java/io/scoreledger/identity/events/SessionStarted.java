package io.scoreledger.identity.events;

import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionStarted(
        TenantId tenantId, UserId userId, SessionId sessionId, String tokenSha256, Instant startedAt, Instant expiresAt)
        implements UserEvent {}
