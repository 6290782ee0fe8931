package io.scoreledger.assessment.events;

import io.scoreledger.assessment.model.Answer;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** answers holds only the ones that changed; score and completion are the whole assessment's after them. */
@Revision("1")
public record AnswersRecorded(
        TenantId tenantId,
        AssessmentId assessmentId,
        List<Answer> answers,
        Double score,
        double completionPercentage,
        String methodVersion,
        Instant recordedAt)
        implements AssessmentEvent {}
