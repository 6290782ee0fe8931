package io.scoreledger.assessment.queries;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.TenantId;
import java.util.List;
import java.util.Optional;

public record GetAssessment(TenantId tenantId, AssessmentId assessmentId) {

    /** assessment is null (and items empty) when the tenant has no such assessment or it was deleted. */
    public record Result(AssessmentView assessment, List<AssessmentItemView> items) {

        public Optional<AssessmentView> found() {
            return Optional.ofNullable(assessment);
        }
    }
}
