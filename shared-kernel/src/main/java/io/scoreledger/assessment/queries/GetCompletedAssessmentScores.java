package io.scoreledger.assessment.queries;

import io.scoreledger.ids.TenantId;
import java.time.Instant;

/**
 * For the dashboard: the completed, not deleted, scored assessments of a tenant; with asOf, those completed at or
 * before it and not deleted by then.
 */
public record GetCompletedAssessmentScores(TenantId tenantId, Instant asOf) {

    public GetCompletedAssessmentScores(TenantId tenantId) {
        this(tenantId, null);
    }

    /** averageScore is null when count is 0; one decimal otherwise. */
    public record Result(Double averageScore, int count) {}
}
