package io.scoreledger.assessment.commands;

import io.scoreledger.assessment.model.TemplateSectionDraft;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateAssessmentTemplate(
        TenantId tenantId,
        @TargetAggregateIdentifier TemplateId templateId,
        String name,
        String category,
        List<TemplateSectionDraft> sections,
        Instant requestedAt) {}
