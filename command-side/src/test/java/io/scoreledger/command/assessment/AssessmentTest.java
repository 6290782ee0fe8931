package io.scoreledger.command.assessment;

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
import io.scoreledger.assessment.model.AnswerType;
import io.scoreledger.assessment.model.GlobalTemplates;
import io.scoreledger.assessment.model.TemplateContent;
import io.scoreledger.assessment.model.TemplateQuestion;
import io.scoreledger.assessment.model.TemplateSection;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final String METHOD = "assessment-score/1";
    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final ClientId CLIENT = new ClientId("cli_one");
    private static final AssessmentId ASSESSMENT = new AssessmentId("asm_one");
    private static final TemplateId OWN = new TemplateId("tpl_own");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:00:00Z");
    private static final TemplateContent TEMPLATE = new TemplateContent(
            OWN,
            "Own review",
            "vendor",
            List.of(
                    new TemplateSection(
                            "Access",
                            List.of(
                                    new TemplateQuestion("Q1", "MFA?", 2, AnswerType.YES_NO),
                                    new TemplateQuestion("Q2", "Patching", 1, AnswerType.SCALE_0_5))),
                    new TemplateSection("Notes", List.of(new TemplateQuestion("Q3", "Notes", 1, AnswerType.TEXT)))));
    private static final AssessmentStarted STARTED =
            new AssessmentStarted(ACME, ASSESSMENT, CLIENT, "Q1 review", TEMPLATE, "1.0", NOW);

    private AggregateTestFixture<Assessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        TemplateCatalogue catalogue = (tenant, id) ->
                id.equals(OWN) && tenant.equals(ACME) ? Optional.of(TEMPLATE) : GlobalTemplates.find(id);
        fixture.registerAnnotatedCommandHandler(new AssessmentStarting(fixture.getRepository(), catalogue));
    }

    private static RecordAnswers answers(TenantId tenant, Answer... answers) {
        return new RecordAnswers(tenant, ASSESSMENT, List.of(answers), LATER);
    }

    @Test
    void givenOwnTemplate_whenStartAssessment_thenStartedWithTheTemplateCopied() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(ACME, ASSESSMENT, CLIENT, " Q1 review ", OWN, NOW))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(ASSESSMENT)
                .expectEvents(STARTED);
    }

    @Test
    void givenGlobalTemplate_whenStartAssessment_thenStartedFromIt() {
        var nist = GlobalTemplates.find(GlobalTemplates.NIST_CSF_2).orElseThrow();
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(ACME, ASSESSMENT, CLIENT, "CSF", GlobalTemplates.NIST_CSF_2, NOW))
                .expectEvents(new AssessmentStarted(ACME, ASSESSMENT, CLIENT, "CSF", nist, "1.0", NOW));
    }

    @Test
    void givenAnotherTenantsTemplate_whenStartAssessment_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(GLOBEX, ASSESSMENT, CLIENT, "X", OWN, NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The template_id field names no template available to this tenant.")
                .expectNoEvents();
    }

    @Test
    void givenBlankName_whenStartAssessment_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(ACME, ASSESSMENT, CLIENT, "", OWN, NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenStarted_whenRecordAnswers_thenRecordedWithScoreAndCompletion() {
        fixture.given(STARTED)
                .when(answers(ACME, new Answer("Q1", " YES "), new Answer("Q2", "3")))
                .expectResultMessagePayload(1L)
                .expectEvents(new AnswersRecorded(
                        ACME,
                        ASSESSMENT,
                        List.of(new Answer("Q1", "yes"), new Answer("Q2", "3")),
                        86.7,
                        75.0,
                        METHOD,
                        LATER));
    }

    @Test
    void givenOnlyTextAnswered_whenRecordAnswers_thenScoreStaysNull() {
        fixture.given(STARTED)
                .when(answers(ACME, new Answer("Q3", "All good")))
                .expectEvents(new AnswersRecorded(
                        ACME, ASSESSMENT, List.of(new Answer("Q3", "All good")), null, 25.0, METHOD, LATER));
    }

    @Test
    void givenAnswers_whenTheSameAnswersAreSentAgain_thenNoEvent() {
        fixture.given(
                        STARTED,
                        new AnswersRecorded(
                                ACME, ASSESSMENT, List.of(new Answer("Q1", "yes")), 100.0, 50.0, METHOD, NOW))
                .when(answers(ACME, new Answer("Q1", "yes")))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L)
                .expectNoEvents();
    }

    @Test
    void givenAnswers_whenOneChanges_thenOnlyTheChangeIsRecorded() {
        fixture.given(
                        STARTED,
                        new AnswersRecorded(
                                ACME, ASSESSMENT, List.of(new Answer("Q1", "yes")), 100.0, 50.0, METHOD, NOW))
                .when(answers(ACME, new Answer("Q1", "yes"), new Answer("Q2", "0")))
                .expectEvents(new AnswersRecorded(
                        ACME, ASSESSMENT, List.of(new Answer("Q2", "0")), 66.7, 75.0, METHOD, LATER));
    }

    @Test
    void givenStarted_whenAnsweringWithValuesOfTheWrongKind_thenRejected() {
        fixture.given(STARTED)
                .when(answers(ACME, new Answer("Q1", "maybe")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The answers[0].value field must be yes or no for a yes_no question.")
                .expectNoEvents();
        fixture.given(STARTED)
                .when(answers(ACME, new Answer("Q2", "6")))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        fixture.given(STARTED)
                .when(answers(ACME, new Answer("Q2", "2.5")))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        fixture.given(STARTED)
                .when(answers(ACME, new Answer("Q3", " ")))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenStarted_whenAnsweringUnknownOrRepeatedQuestions_thenRejected() {
        fixture.given(STARTED)
                .when(answers(ACME, new Answer("Q9", "yes")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The answers[0].question_id field names no question of this assessment.")
                .expectNoEvents();
        fixture.given(STARTED)
                .when(answers(ACME, new Answer("Q1", "yes"), new Answer("Q1", "no")))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        fixture.given(STARTED)
                .when(new RecordAnswers(ACME, ASSESSMENT, List.of(), LATER))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenCompleted_whenRecordAnswers_thenConflict() {
        fixture.given(STARTED, new AssessmentCompleted(ACME, ASSESSMENT, null, METHOD, NOW))
                .when(answers(ACME, new Answer("Q1", "yes")))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void givenDeleted_whenRecordAnswers_thenConflict() {
        fixture.given(STARTED, new AssessmentDeleted(ACME, ASSESSMENT, NOW))
                .when(answers(ACME, new Answer("Q1", "yes")))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsAssessment_whenRecordAnswers_thenRejectedAsNotFound() {
        fixture.given(STARTED)
                .when(answers(GLOBEX, new Answer("Q1", "yes")))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnswers_whenComplete_thenCompletedWithTheScore() {
        fixture.given(
                        STARTED,
                        new AnswersRecorded(
                                ACME,
                                ASSESSMENT,
                                List.of(new Answer("Q1", "no"), new Answer("Q2", "5")),
                                33.3,
                                75.0,
                                METHOD,
                                NOW))
                .when(new CompleteAssessment(ACME, ASSESSMENT, LATER))
                .expectResultMessagePayload(2L)
                .expectEvents(new AssessmentCompleted(ACME, ASSESSMENT, 33.3, METHOD, LATER));
    }

    @Test
    void givenCompleted_whenCompleteAgain_thenConflict() {
        fixture.given(STARTED, new AssessmentCompleted(ACME, ASSESSMENT, null, METHOD, NOW))
                .when(new CompleteAssessment(ACME, ASSESSMENT, LATER))
                .expectException(ConflictException.class)
                .expectExceptionMessage("A completed assessment cannot be completed.")
                .expectNoEvents();
    }

    @Test
    void givenDeleted_whenComplete_thenConflict() {
        fixture.given(STARTED, new AssessmentDeleted(ACME, ASSESSMENT, NOW))
                .when(new CompleteAssessment(ACME, ASSESSMENT, LATER))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsAssessment_whenComplete_thenRejectedAsNotFound() {
        fixture.given(STARTED)
                .when(new CompleteAssessment(GLOBEX, ASSESSMENT, LATER))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnswers_whenCalculateScore_thenScoreRecorded() {
        fixture.given(
                        STARTED,
                        new AnswersRecorded(
                                ACME,
                                ASSESSMENT,
                                List.of(new Answer("Q1", "yes"), new Answer("Q2", "3")),
                                86.7,
                                75.0,
                                METHOD,
                                NOW))
                .when(new CalculateAssessmentScore(ACME, ASSESSMENT, LATER))
                .expectResultMessagePayload(2L)
                .expectEvents(new AssessmentScored(ACME, ASSESSMENT, 86.7, METHOD, LATER));
    }

    @Test
    void givenCompletedWithoutAnswers_whenCalculateScore_thenNullScoreRecorded() {
        fixture.given(STARTED, new AssessmentCompleted(ACME, ASSESSMENT, null, METHOD, NOW))
                .when(new CalculateAssessmentScore(ACME, ASSESSMENT, LATER))
                .expectEvents(new AssessmentScored(ACME, ASSESSMENT, null, METHOD, LATER));
    }

    @Test
    void givenDeleted_whenCalculateScore_thenConflict() {
        fixture.given(STARTED, new AssessmentDeleted(ACME, ASSESSMENT, NOW))
                .when(new CalculateAssessmentScore(ACME, ASSESSMENT, LATER))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsAssessment_whenCalculateScore_thenRejectedAsNotFound() {
        fixture.given(STARTED)
                .when(new CalculateAssessmentScore(GLOBEX, ASSESSMENT, LATER))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenStarted_whenDelete_thenDeleted() {
        fixture.given(STARTED)
                .when(new DeleteAssessment(ACME, ASSESSMENT, LATER))
                .expectResultMessagePayload(1L)
                .expectEvents(new AssessmentDeleted(ACME, ASSESSMENT, LATER));
    }

    @Test
    void givenDeleted_whenDeleteAgain_thenRejectedAsNotFound() {
        fixture.given(STARTED, new AssessmentDeleted(ACME, ASSESSMENT, NOW))
                .when(new DeleteAssessment(ACME, ASSESSMENT, LATER))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsAssessment_whenDelete_thenRejectedAsNotFound() {
        fixture.given(STARTED)
                .when(new DeleteAssessment(GLOBEX, ASSESSMENT, LATER))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }
}
