package io.scoreledger.policy.queries;

import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.util.List;

/** Every version of the policy, oldest first; empty when the tenant has no such policy. */
public record FindPolicyVersions(TenantId tenantId, PolicyId policyId) {

    public record Result(List<PolicyVersionView> versions) {}
}
