package io.scoreledger.command.policy;

import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;

/** Whether the tenant has this policy category; another tenant's category counts as none. */
@FunctionalInterface
interface KnownPolicyCategories {

    boolean exists(TenantId tenantId, PolicyCategoryId categoryId);
}
