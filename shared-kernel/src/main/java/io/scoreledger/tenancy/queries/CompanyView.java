package io.scoreledger.tenancy.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.values.SubscriptionPackage;
import java.time.Instant;

public record CompanyView(
        TenantId id,
        String name,
        String email,
        String subscriptionStatus,
        SubscriptionPackage subscriptionPackage,
        int clientCount,
        int userCount,
        Instant createdAt,
        Instant subscriptionCycleEndsAt) {}
