package io.scoreledger.assessment.queries;

import io.scoreledger.ids.TenantId;

/** For the dashboard: the completed, not deleted, scored assessments of a tenant. */
public record GetCompletedAssessmentScores(TenantId tenantId) {

    /** averageScore is null when count is 0; one decimal otherwise. */
    public record Result(Double averageScore, int count) {}
}
