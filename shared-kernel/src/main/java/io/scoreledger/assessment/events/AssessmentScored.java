package io.scoreledger.assessment.events;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AssessmentScored(
        TenantId tenantId, AssessmentId assessmentId, Double score, String methodVersion, Instant scoredAt)
        implements AssessmentEvent {}
