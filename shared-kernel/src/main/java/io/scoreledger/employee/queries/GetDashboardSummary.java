package io.scoreledger.employee.queries;

import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.ids.TenantId;
import java.time.Instant;

/**
 * The numbers behind the dashboard; the overall score and risk level follow from them by DashboardFormula. Now when
 * asOf is null, otherwise the employees' scores as they stood then.
 */
public record GetDashboardSummary(TenantId tenantId, Instant asOf) {

    public GetDashboardSummary(TenantId tenantId) {
        this(tenantId, null);
    }

    public record Result(ScoreHistogram employees) {}
}
