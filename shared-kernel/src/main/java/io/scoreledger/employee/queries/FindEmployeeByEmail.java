package io.scoreledger.employee.queries;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

public record FindEmployeeByEmail(TenantId tenantId, String email) {

    public record Result(EmployeeId employeeId) {

        public Optional<EmployeeId> found() {
            return Optional.ofNullable(employeeId);
        }
    }
}
