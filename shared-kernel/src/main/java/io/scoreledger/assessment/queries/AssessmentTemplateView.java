package io.scoreledger.assessment.queries;

import io.scoreledger.assessment.model.TemplateSection;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;

/** tenantId and createdAt are null for a global template. */
public record AssessmentTemplateView(
        TemplateId id,
        TenantId tenantId,
        String name,
        String category,
        boolean global,
        List<TemplateSection> sections,
        Instant createdAt) {}
