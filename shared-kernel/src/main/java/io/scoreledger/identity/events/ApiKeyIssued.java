package io.scoreledger.identity.events;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * issuerRole and issuerClientIds are the creator's access when the key was issued, a ceiling the key never exceeds:
 * SUPER_ADMIN for the operator; issuerClientIds lists the clients a role narrowed to clients could see, and is empty
 * otherwise. Both are null for keys issued before revision 2, which only the creator's current access bounds.
 */
@Revision("2")
public record ApiKeyIssued(
        TenantId tenantId,
        ApiKeyId apiKeyId,
        String name,
        Set<Scope> scopes,
        String lookup,
        String secretSha256,
        Instant expiresAt,
        String issuedBy,
        Instant issuedAt,
        Role issuerRole,
        Set<ClientId> issuerClientIds)
        implements ApiKeyEvent {}
