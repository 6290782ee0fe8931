package io.scoreledger.assessment.events;

import io.scoreledger.assessment.model.TemplateSection;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AssessmentTemplateCreated(
        TenantId tenantId,
        TemplateId templateId,
        String name,
        String category,
        List<TemplateSection> sections,
        Instant createdAt)
        implements AssessmentTemplateEvent {}
