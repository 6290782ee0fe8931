package io.scoreledger.command.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.assessment.commands.CreateAssessmentTemplate;
import io.scoreledger.assessment.events.AssessmentTemplateCreated;
import io.scoreledger.assessment.model.AnswerType;
import io.scoreledger.assessment.model.TemplateContent;
import io.scoreledger.assessment.model.TemplateQuestion;
import io.scoreledger.assessment.model.TemplateSection;
import io.scoreledger.command.InputRules;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.InvalidCommandException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A tenant's own template. Question ids are Q1, Q2, … in the order the questions were given. */
class AssessmentTemplate {

    static final int SECTIONS_MAX = 50;
    static final int QUESTIONS_MAX = 200;
    static final int QUESTION_TEXT_MAX = 1000;
    static final double WEIGHT_MAX = 100;

    @AggregateIdentifier
    private TemplateId templateId;

    private TenantId tenantId;
    private TemplateContent content;

    AssessmentTemplate() {}

    AssessmentTemplate(CreateAssessmentTemplate command) {
        InputRules.requireText("name", command.name(), InputRules.NAME_MAX);
        InputRules.requireText("category", command.category(), InputRules.SHORT_TEXT_MAX);
        var drafts = command.sections();
        if (drafts == null || drafts.isEmpty() || drafts.size() > SECTIONS_MAX) {
            throw new InvalidCommandException(
                    "sections", "The sections field must hold between 1 and " + SECTIONS_MAX + " sections.");
        }
        var sections = new ArrayList<TemplateSection>();
        int number = 0;
        for (int i = 0; i < drafts.size(); i++) {
            var field = "sections[" + i + "]";
            var draft = drafts.get(i);
            if (draft == null) {
                throw new InvalidCommandException(field, "The " + field + " field is required.");
            }
            InputRules.requireText(field + ".name", draft.name(), InputRules.NAME_MAX);
            var questionDrafts = draft.questions();
            if (questionDrafts == null || questionDrafts.isEmpty() || questionDrafts.size() > QUESTIONS_MAX) {
                throw new InvalidCommandException(
                        field + ".questions",
                        "The " + field + ".questions field must hold between 1 and " + QUESTIONS_MAX + " questions.");
            }
            var questions = new ArrayList<TemplateQuestion>();
            for (int j = 0; j < questionDrafts.size(); j++) {
                var questionField = field + ".questions[" + j + "]";
                var question = questionDrafts.get(j);
                if (question == null) {
                    throw new InvalidCommandException(questionField, "The " + questionField + " field is required.");
                }
                InputRules.requireText(questionField + ".text", question.text(), QUESTION_TEXT_MAX);
                var weight = question.weight();
                if (weight == null || !(weight > 0) || weight > WEIGHT_MAX) {
                    throw new InvalidCommandException(
                            questionField + ".weight",
                            "The " + questionField + ".weight field must be a number above 0 and at most 100.");
                }
                var type = AnswerType.fromWireName(question.answerType())
                        .orElseThrow(() -> new InvalidCommandException(
                                questionField + ".answer_type",
                                "The " + questionField + ".answer_type field must be one of yes_no, scale_0_5, text."));
                questions.add(
                        new TemplateQuestion("Q" + (++number), question.text().strip(), weight, type));
            }
            sections.add(new TemplateSection(draft.name().strip(), questions));
        }
        apply(new AssessmentTemplateCreated(
                command.tenantId(),
                command.templateId(),
                command.name().strip(),
                command.category().strip(),
                List.copyOf(sections),
                command.requestedAt()));
    }

    /** Another tenant's template is answered like a missing one. */
    TemplateContent contentFor(TenantId caller) {
        return tenantId.equals(caller) ? content : null;
    }

    @EventSourcingHandler
    void on(AssessmentTemplateCreated event) {
        templateId = event.templateId();
        tenantId = event.tenantId();
        content = new TemplateContent(event.templateId(), event.name(), event.category(), event.sections());
    }
}
