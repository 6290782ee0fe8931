package io.scoreledger.assessment.queries;

import io.scoreledger.ids.TenantId;
import java.util.List;

/** The tenant's own templates, and the global ones when includeGlobal; category (exact, ignoring case) is optional. */
public record FindAssessmentTemplates(TenantId tenantId, boolean includeGlobal, String category) {

    public record Result(List<AssessmentTemplateView> templates) {}
}
