package io.scoreledger.policy.events;

import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;

public sealed interface PolicyCategoryEvent permits PolicyCategoryCreated {

    TenantId tenantId();

    PolicyCategoryId categoryId();
}
