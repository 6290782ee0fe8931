package io.scoreledger.identity.queries;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.Set;

/** expiresAt, revokedAt and lastUsedAt are null when not applicable. Never carries the secret or its hash. */
public record ApiKeyView(
        ApiKeyId id,
        TenantId tenantId,
        String name,
        Set<Scope> scopes,
        String issuedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {}
