package io.scoreledger.assessment.events;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.TenantId;

public sealed interface AssessmentEvent
        permits AssessmentStarted, AnswersRecorded, AssessmentCompleted, AssessmentScored, AssessmentDeleted {

    TenantId tenantId();

    AssessmentId assessmentId();
}
