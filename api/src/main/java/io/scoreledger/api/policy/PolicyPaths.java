package io.scoreledger.api.policy;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.ids.PolicyId;

/** This feature's own path ids; company and client ids are checked by {@link io.scoreledger.api.tenancy.TenancyPaths}. */
final class PolicyPaths {

    static final String POLICY_NOT_FOUND = "Policy not found.";

    private PolicyPaths() {}

    static PolicyId policy(String policyId) {
        if (!PolicyId.isWellFormed(policyId)) {
            throw ApiException.notFound(POLICY_NOT_FOUND);
        }
        return new PolicyId(policyId);
    }
}
