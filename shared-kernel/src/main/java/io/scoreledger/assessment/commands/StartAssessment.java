package io.scoreledger.assessment.commands;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartAssessment(
        TenantId tenantId,
        @TargetAggregateIdentifier AssessmentId assessmentId,
        ClientId clientId,
        String name,
        TemplateId templateId,
        Instant requestedAt) {}
