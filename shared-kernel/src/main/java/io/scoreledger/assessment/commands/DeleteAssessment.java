package io.scoreledger.assessment.commands;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteAssessment(
        TenantId tenantId, @TargetAggregateIdentifier AssessmentId assessmentId, Instant requestedAt) {}
