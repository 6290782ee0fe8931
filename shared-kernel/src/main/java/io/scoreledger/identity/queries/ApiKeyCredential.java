package io.scoreledger.identity.queries;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.Set;

/** What authentication needs to verify a presented key: the hash to compare, and whether it still holds. */
public record ApiKeyCredential(
        ApiKeyId id,
        TenantId tenantId,
        Set<Scope> scopes,
        String secretSha256,
        Instant expiresAt,
        Instant revokedAt,
        String issuedBy) {}
