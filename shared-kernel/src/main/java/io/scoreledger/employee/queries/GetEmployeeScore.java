package io.scoreledger.employee.queries;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

public record GetEmployeeScore(TenantId tenantId, EmployeeId employeeId) {

    /** employee is null when the tenant has no such employee. */
    public record Result(EmployeeScoreView employee) {

        public Optional<EmployeeScoreView> found() {
            return Optional.ofNullable(employee);
        }
    }
}
