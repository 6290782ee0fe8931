package io.scoreledger.policy.queries;

import io.scoreledger.ids.TenantId;
import java.util.List;

public record FindPolicyCategories(TenantId tenantId) {

    public record Result(List<PolicyCategoryView> categories) {}
}
