package io.scoreledger.command.assessment;

import io.scoreledger.assessment.model.GlobalTemplates;
import io.scoreledger.assessment.model.TemplateContent;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

class EventSourcedTemplates implements TemplateCatalogue {

    private final Repository<AssessmentTemplate> templates;

    EventSourcedTemplates(Repository<AssessmentTemplate> templates) {
        this.templates = templates;
    }

    @Override
    public Optional<TemplateContent> find(TenantId tenantId, TemplateId templateId) {
        var global = GlobalTemplates.find(templateId);
        if (global.isPresent()) {
            return global;
        }
        try {
            var template = templates.load(templateId.value());
            return Optional.ofNullable(template.invoke(t -> t.contentFor(tenantId)));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
