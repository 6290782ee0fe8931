package io.scoreledger.identity.queries;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.Set;

/**
 * What authentication needs to verify a presented key: the hash to compare, whether it still holds, and the ceiling
 * its creator had when issuing it (issuerRole and issuerClientIds, null for keys issued before ceilings were kept).
 */
public record ApiKeyCredential(
        ApiKeyId id,
        TenantId tenantId,
        Set<Scope> scopes,
        String secretSha256,
        Instant expiresAt,
        Instant revokedAt,
        String issuedBy,
        Role issuerRole,
        Set<ClientId> issuerClientIds) {}
