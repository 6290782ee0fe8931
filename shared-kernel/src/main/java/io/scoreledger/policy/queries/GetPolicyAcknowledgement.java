package io.scoreledger.policy.queries;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.Optional;

public record GetPolicyAcknowledgement(TenantId tenantId, PolicyId policyId, EmployeeId employeeId, String version) {

    /** acknowledgedAt is null when the employee has not acknowledged that version. */
    public record Result(Instant acknowledgedAt) {

        public Optional<Instant> found() {
            return Optional.ofNullable(acknowledgedAt);
        }
    }
}
