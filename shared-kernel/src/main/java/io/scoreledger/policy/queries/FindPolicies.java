package io.scoreledger.policy.queries;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.PolicyStatus;
import java.util.List;

/** status, categoryId and titleContains are optional filters (null means any); the title match ignores case. */
public record FindPolicies(
        TenantId tenantId, ClientId clientId, PolicyStatus status, PolicyCategoryId categoryId, String titleContains) {

    public record Result(List<PolicyView> policies) {}
}
