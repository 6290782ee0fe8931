package io.scoreledger.command.assessment;

import io.scoreledger.assessment.model.TemplateContent;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

/** The templates a tenant may start an assessment from: the global ones and its own. */
@FunctionalInterface
public interface TemplateCatalogue {

    Optional<TemplateContent> find(TenantId tenantId, TemplateId templateId);
}
