package io.scoreledger.command.assessment;

import io.scoreledger.assessment.commands.CreateAssessmentTemplate;
import io.scoreledger.command.tenancy.KnownCompanies;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.rules.UnknownResourceException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

class TemplateCreation {

    private final Repository<AssessmentTemplate> templates;
    private final KnownCompanies companies;

    TemplateCreation(Repository<AssessmentTemplate> templates, KnownCompanies companies) {
        this.templates = templates;
        this.companies = companies;
    }

    @CommandHandler
    TemplateId handle(CreateAssessmentTemplate command) throws Exception {
        if (!companies.exists(command.tenantId())) {
            throw new UnknownResourceException("Company not found.");
        }
        templates.newInstance(() -> new AssessmentTemplate(command));
        return command.templateId();
    }
}
