package io.scoreledger.identity.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.values.Role;
import java.time.Instant;
import java.util.Set;
import org.axonframework.serialization.Revision;

@Revision("1")
public record UserRegistered(
        TenantId tenantId,
        UserId userId,
        String name,
        String email,
        Role role,
        Set<ClientId> clientIds,
        Instant registeredAt)
        implements UserEvent {}
