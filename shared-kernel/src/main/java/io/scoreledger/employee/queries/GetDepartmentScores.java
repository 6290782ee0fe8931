package io.scoreledger.employee.queries;

import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.SortedMap;

/** Employees without a department are filed under "". Now when asOf is null, otherwise as departments stood then. */
public record GetDepartmentScores(TenantId tenantId, Instant asOf) {

    public GetDepartmentScores(TenantId tenantId) {
        this(tenantId, null);
    }

    public record Result(SortedMap<String, ScoreHistogram> byDepartment) {}
}
