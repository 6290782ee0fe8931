package io.scoreledger.assessment.commands;

import io.scoreledger.assessment.model.Answer;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordAnswers(
        TenantId tenantId,
        @TargetAggregateIdentifier AssessmentId assessmentId,
        List<Answer> answers,
        Instant requestedAt) {}
