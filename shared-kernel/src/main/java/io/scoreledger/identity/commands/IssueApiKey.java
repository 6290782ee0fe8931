package io.scoreledger.identity.commands;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The key's secret travels only as its hex SHA-256. expiresAt is null for a key that does not expire; issuedBy is
 * the acting user's id or "operator". issuerRole and issuerClientIds are the issuer's access at this moment, the
 * key's ceiling: SUPER_ADMIN for the operator, and the assigned clients of a role narrowed to clients.
 */
public record IssueApiKey(
        TenantId tenantId,
        @TargetAggregateIdentifier ApiKeyId apiKeyId,
        String name,
        Set<Scope> scopes,
        String lookup,
        String secretSha256,
        Instant expiresAt,
        String issuedBy,
        Instant requestedAt,
        Role issuerRole,
        Set<ClientId> issuerClientIds) {}
