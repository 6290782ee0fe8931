package io.scoreledger.identity.events;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.Set;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ApiKeyIssued(
        TenantId tenantId,
        ApiKeyId apiKeyId,
        String name,
        Set<Scope> scopes,
        String lookup,
        String secretSha256,
        Instant expiresAt,
        String issuedBy,
        Instant issuedAt)
        implements ApiKeyEvent {}
