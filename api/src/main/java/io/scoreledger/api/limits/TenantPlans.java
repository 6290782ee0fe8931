package io.scoreledger.api.limits;

import io.scoreledger.ids.TenantId;
import io.scoreledger.values.SubscriptionPackage;
import java.util.Optional;

/** The subscription package a tenant's company is on; empty for a company the read model does not (yet) show. */
public interface TenantPlans {

    Optional<SubscriptionPackage> planOf(TenantId tenantId);
}
