package io.scoreledger.employee.queries;

import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.util.List;

/**
 * Employees by ascending score, then id. department and band are optional filters; after is the opaque cursor of the
 * previous page (null for the first).
 */
public record FindEmployeeScores(TenantId tenantId, String department, Band band, String after, int limit) {

    public record Row(
            EmployeeId employeeId,
            String email,
            String name,
            String department,
            int score,
            Band band,
            SignalType topRiskFactor) {}

    /** nextCursor is null on the last page. */
    public record Result(List<Row> employees, String nextCursor) {}
}
