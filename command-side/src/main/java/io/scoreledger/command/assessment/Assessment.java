package io.scoreledger.command.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.assessment.commands.CalculateAssessmentScore;
import io.scoreledger.assessment.commands.CompleteAssessment;
import io.scoreledger.assessment.commands.DeleteAssessment;
import io.scoreledger.assessment.commands.RecordAnswers;
import io.scoreledger.assessment.commands.StartAssessment;
import io.scoreledger.assessment.events.AnswersRecorded;
import io.scoreledger.assessment.events.AssessmentCompleted;
import io.scoreledger.assessment.events.AssessmentDeleted;
import io.scoreledger.assessment.events.AssessmentScored;
import io.scoreledger.assessment.events.AssessmentStarted;
import io.scoreledger.assessment.model.Answer;
import io.scoreledger.assessment.model.AssessmentScoring;
import io.scoreledger.assessment.model.TemplateContent;
import io.scoreledger.command.InputRules;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One assessment of a client against a template: in progress, then completed; deleted at any point. Every command
 * answers with the sequence of the assessment's last event, so the api can wait until the read model shows it.
 */
class Assessment {

    static final String FIRST_VERSION = "1.0";
    static final int TEXT_ANSWER_MAX = 5000;

    enum Stage {
        IN_PROGRESS,
        COMPLETED,
        DELETED
    }

    @AggregateIdentifier
    private AssessmentId assessmentId;

    private TenantId tenantId;
    private TemplateContent template;
    private Map<String, Answer> answers;
    private Stage stage;
    private long eventCount;

    Assessment() {}

    Assessment(StartAssessment command, TemplateContent template) {
        InputRules.requireText("name", command.name(), InputRules.NAME_MAX);
        apply(new AssessmentStarted(
                command.tenantId(),
                command.assessmentId(),
                command.clientId(),
                command.name().strip(),
                template,
                FIRST_VERSION,
                command.requestedAt()));
    }

    @CommandHandler
    long handle(RecordAnswers command) {
        requireSameTenant(command.tenantId());
        requireInProgress("answered");
        var given = command.answers();
        if (given == null || given.isEmpty()) {
            throw new InvalidCommandException("answers", "The answers field must hold at least one answer.");
        }
        var seen = new HashSet<String>();
        var changed = new ArrayList<Answer>();
        for (int i = 0; i < given.size(); i++) {
            var answer = normalized(given.get(i), i);
            if (!seen.add(answer.questionId())) {
                throw new InvalidCommandException(
                        "answers[" + i + "].question_id",
                        "The answers[" + i + "].question_id field names a question answered twice in this request.");
            }
            if (!answer.equals(answers.get(answer.questionId()))) {
                changed.add(answer);
            }
        }
        if (changed.isEmpty()) {
            return lastSequence();
        }
        var after = new LinkedHashMap<>(answers);
        changed.forEach(answer -> after.put(answer.questionId(), answer));
        apply(new AnswersRecorded(
                tenantId,
                assessmentId,
                List.copyOf(changed),
                AssessmentScoring.score(template, after.values()),
                AssessmentScoring.completionPercentage(template, after.values()),
                AssessmentScoring.METHOD_VERSION,
                command.requestedAt()));
        return lastSequence();
    }

    @CommandHandler
    long handle(CompleteAssessment command) {
        requireSameTenant(command.tenantId());
        requireInProgress("completed");
        apply(new AssessmentCompleted(
                tenantId,
                assessmentId,
                AssessmentScoring.score(template, answers.values()),
                AssessmentScoring.METHOD_VERSION,
                command.requestedAt()));
        return lastSequence();
    }

    @CommandHandler
    long handle(CalculateAssessmentScore command) {
        requireSameTenant(command.tenantId());
        if (stage == Stage.DELETED) {
            throw new ConflictException("A deleted assessment cannot be scored.");
        }
        apply(new AssessmentScored(
                tenantId,
                assessmentId,
                AssessmentScoring.score(template, answers.values()),
                AssessmentScoring.METHOD_VERSION,
                command.requestedAt()));
        return lastSequence();
    }

    @CommandHandler
    long handle(DeleteAssessment command) {
        requireSameTenant(command.tenantId());
        if (stage == Stage.DELETED) {
            throw new UnknownResourceException("Assessment not found.");
        }
        apply(new AssessmentDeleted(tenantId, assessmentId, command.requestedAt()));
        return lastSequence();
    }

    private Answer normalized(Answer answer, int index) {
        var field = "answers[" + index + "]";
        if (answer == null) {
            throw new InvalidCommandException(field, "The " + field + " field is required.");
        }
        if (answer.questionId() == null || answer.questionId().isBlank()) {
            throw new InvalidCommandException(
                    field + ".question_id", "The " + field + ".question_id field is required.");
        }
        var question = template.question(answer.questionId().strip())
                .orElseThrow(() -> new InvalidCommandException(
                        field + ".question_id",
                        "The " + field + ".question_id field names no question of this assessment."));
        var value = answer.value() == null ? "" : answer.value().strip();
        var valueField = field + ".value";
        String accepted = switch (question.answerType()) {
            case YES_NO -> {
                var lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("yes") && !lower.equals("no")) {
                    throw new InvalidCommandException(
                            valueField, "The " + valueField + " field must be yes or no for a yes_no question.");
                }
                yield lower;
            }
            case SCALE_0_5 -> {
                if (!value.matches("[0-5]")) {
                    throw new InvalidCommandException(
                            valueField,
                            "The " + valueField
                                    + " field must be a whole number from 0 to 5 for a scale_0_5 question.");
                }
                yield value;
            }
            case TEXT -> {
                InputRules.requireText(valueField, value, TEXT_ANSWER_MAX);
                yield value;
            }
        };
        return new Answer(question.id(), accepted);
    }

    private void requireInProgress(String action) {
        switch (stage) {
            case COMPLETED -> throw new ConflictException("A completed assessment cannot be " + action + ".");
            case DELETED -> throw new ConflictException("A deleted assessment cannot be " + action + ".");
            case IN_PROGRESS -> {}
        }
    }

    /** Another tenant's assessment is answered exactly like a missing one. */
    private void requireSameTenant(TenantId caller) {
        if (!tenantId.equals(caller)) {
            throw new UnknownResourceException("Assessment not found.");
        }
    }

    private long lastSequence() {
        return eventCount - 1;
    }

    @EventSourcingHandler
    void on(AssessmentStarted event) {
        assessmentId = event.assessmentId();
        tenantId = event.tenantId();
        template = event.template();
        answers = new LinkedHashMap<>();
        stage = Stage.IN_PROGRESS;
        eventCount = 1;
    }

    @EventSourcingHandler
    void on(AnswersRecorded event) {
        event.answers().forEach(answer -> answers.put(answer.questionId(), answer));
        eventCount++;
    }

    @EventSourcingHandler
    void on(AssessmentCompleted event) {
        stage = Stage.COMPLETED;
        eventCount++;
    }

    @EventSourcingHandler
    void on(AssessmentScored event) {
        eventCount++;
    }

    @EventSourcingHandler
    void on(AssessmentDeleted event) {
        stage = Stage.DELETED;
        eventCount++;
    }
}
