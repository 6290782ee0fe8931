package io.scoreledger.score.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.score.model.ScoreHistogram;

/** The numbers behind the dashboard; the overall score and risk level follow from them by DashboardFormula. */
public record GetDashboardSummary(TenantId tenantId) {

    public record Result(ScoreHistogram employees) {}
}
