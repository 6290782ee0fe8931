package io.scoreledger.policy.queries;

import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

public record GetPolicyCategory(TenantId tenantId, PolicyCategoryId categoryId) {

    /** category is null when the tenant has no such category. */
    public record Result(PolicyCategoryView category) {

        public Optional<PolicyCategoryView> found() {
            return Optional.ofNullable(category);
        }
    }
}
