package io.scoreledger.employee.queries;

import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.ids.TenantId;
import java.time.Instant;

/**
 * The tenant's scores, or one department's (department null: everyone): now when asOf is null, otherwise as they
 * stood at asOf, from the score history, with each employee in the department they were in then.
 */
public record GetScoreSummary(TenantId tenantId, String department, Instant asOf) {

    public GetScoreSummary(TenantId tenantId, String department) {
        this(tenantId, department, null);
    }

    /** averageThirtyDaysAgo: the average on the day 30 days before now (or asOf), null when nothing was scored then. */
    public record Result(ScoreHistogram histogram, Double averageThirtyDaysAgo) {}
}
