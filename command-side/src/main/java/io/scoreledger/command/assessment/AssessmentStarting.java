package io.scoreledger.command.assessment;

import io.scoreledger.assessment.commands.StartAssessment;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.rules.InvalidCommandException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** Starts assessments from templates the tenant may use; the template lives outside the new aggregate. */
class AssessmentStarting {

    private final Repository<Assessment> assessments;
    private final TemplateCatalogue templates;

    AssessmentStarting(Repository<Assessment> assessments, TemplateCatalogue templates) {
        this.assessments = assessments;
        this.templates = templates;
    }

    @CommandHandler
    AssessmentId handle(StartAssessment command) throws Exception {
        if (command.templateId() == null) {
            throw new InvalidCommandException("template_id", "The template_id field is required.");
        }
        var template = templates
                .find(command.tenantId(), command.templateId())
                .orElseThrow(() -> new InvalidCommandException(
                        "template_id", "The template_id field names no template available to this tenant."));
        assessments.newInstance(() -> new Assessment(command, template));
        return command.assessmentId();
    }
}
