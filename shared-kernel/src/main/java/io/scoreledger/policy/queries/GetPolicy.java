package io.scoreledger.policy.queries;

import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

public record GetPolicy(TenantId tenantId, PolicyId policyId) {

    /** policy is null when the tenant has no such policy. */
    public record Result(PolicyView policy) {

        public Optional<PolicyView> found() {
            return Optional.ofNullable(policy);
        }
    }
}
