package io.scoreledger.employee.queries;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.util.List;

/** Employees whose score any signal still moves (a non-empty contribution list), a page at a time by id. */
public record FindDecayCandidates(EmployeeId after, int limit) {

    public record Candidate(TenantId tenantId, EmployeeId employeeId) {}

    public record Result(List<Candidate> candidates) {}
}
