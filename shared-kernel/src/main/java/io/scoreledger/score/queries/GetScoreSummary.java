package io.scoreledger.score.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.score.model.ScoreHistogram;

/** The tenant's current scores, or one department's (department null: everyone). */
public record GetScoreSummary(TenantId tenantId, String department) {

    /** averageThirtyDaysAgo: the average on the day 30 days ago, null when nothing was scored then. */
    public record Result(ScoreHistogram histogram, Double averageThirtyDaysAgo) {}
}
