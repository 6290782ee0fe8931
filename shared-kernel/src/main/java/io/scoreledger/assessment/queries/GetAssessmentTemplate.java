package io.scoreledger.assessment.queries;

import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

public record GetAssessmentTemplate(TenantId tenantId, TemplateId templateId) {

    /** template is null when neither the tenant nor the global catalogue has it. */
    public record Result(AssessmentTemplateView template) {

        public Optional<AssessmentTemplateView> found() {
            return Optional.ofNullable(template);
        }
    }
}
