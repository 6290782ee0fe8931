package io.scoreledger.score.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.score.model.ScoreHistogram;
import java.util.SortedMap;

/** Employees without a department are filed under "". */
public record GetDepartmentScores(TenantId tenantId) {

    public record Result(SortedMap<String, ScoreHistogram> byDepartment) {}
}
