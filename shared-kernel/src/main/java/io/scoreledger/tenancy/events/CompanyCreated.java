package io.scoreledger.tenancy.events;

import io.scoreledger.ids.TenantId;
import io.scoreledger.values.SubscriptionPackage;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CompanyCreated(
        TenantId tenantId,
        String name,
        String email,
        SubscriptionPackage subscriptionPackage,
        Instant createdAt,
        Instant subscriptionCycleEndsAt)
        implements CompanyEvent {}
