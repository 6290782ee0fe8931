package io.scoreledger.assessment.events;

import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;

public sealed interface AssessmentTemplateEvent permits AssessmentTemplateCreated {

    TenantId tenantId();

    TemplateId templateId();
}
