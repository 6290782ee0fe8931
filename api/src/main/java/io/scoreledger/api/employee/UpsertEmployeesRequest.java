package io.scoreledger.api.employee;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** PUT /api/v1/employees. Checked item by item in {@link EmployeeBatches}, so details name "employees[3].email". */
record UpsertEmployeesRequest(String tenantId, List<Item> employees) {

    @Schema(name = "EmployeeItem")
    record Item(String id, String email, String name, String department, String clientId) {}
}
