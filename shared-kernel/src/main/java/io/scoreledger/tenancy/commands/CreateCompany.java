package io.scoreledger.tenancy.commands;

import io.scoreledger.ids.TenantId;
import io.scoreledger.values.SubscriptionPackage;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateCompany(
        @TargetAggregateIdentifier TenantId tenantId,
        String name,
        String email,
        SubscriptionPackage subscriptionPackage,
        Instant requestedAt) {}
