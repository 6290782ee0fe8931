package io.scoreledger.identity.queries;

import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;

/** endedAt is null while the session is open. */
public record SessionView(SessionId id, UserId userId, TenantId tenantId, Instant expiresAt, Instant endedAt) {}
