package io.scoreledger.identity.commands;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.values.Role;
import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** clientIds: the clients a company_user may see; empty for the other roles. */
public record RegisterUser(
        TenantId tenantId,
        @TargetAggregateIdentifier UserId userId,
        String name,
        String email,
        Role role,
        Set<ClientId> clientIds,
        Instant requestedAt) {}
