package io.scoreledger.identity.queries;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.values.Role;
import java.time.Instant;
import java.util.Set;

/** subject is null until the user first signs in with a JWT. */
public record UserView(
        UserId id,
        TenantId tenantId,
        String companyName,
        String name,
        String email,
        Role role,
        boolean active,
        Set<ClientId> clientIds,
        String subject,
        Instant createdAt) {}
