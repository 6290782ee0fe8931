package io.scoreledger.api.assessment;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.ids.AssessmentId;

/** This feature's own path ids; company and client ids are checked by {@link io.scoreledger.api.tenancy.TenancyPaths}. */
final class AssessmentPaths {

    static final String ASSESSMENT_NOT_FOUND = "Assessment not found.";

    private AssessmentPaths() {}

    static AssessmentId assessment(String assessmentId) {
        if (!AssessmentId.isWellFormed(assessmentId)) {
            throw ApiException.notFound(ASSESSMENT_NOT_FOUND);
        }
        return new AssessmentId(assessmentId);
    }
}
