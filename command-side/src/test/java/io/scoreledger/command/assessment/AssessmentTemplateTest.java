package io.scoreledger.command.assessment;

import io.scoreledger.assessment.commands.CreateAssessmentTemplate;
import io.scoreledger.assessment.events.AssessmentTemplateCreated;
import io.scoreledger.assessment.model.AnswerType;
import io.scoreledger.assessment.model.TemplateQuestion;
import io.scoreledger.assessment.model.TemplateQuestionDraft;
import io.scoreledger.assessment.model.TemplateSection;
import io.scoreledger.assessment.model.TemplateSectionDraft;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentTemplateTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TemplateId TEMPLATE = new TemplateId("tpl_vendor");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private AggregateTestFixture<AssessmentTemplate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessmentTemplate.class);
        Set<TenantId> existing = Set.of(ACME);
        fixture.registerAnnotatedCommandHandler(new TemplateCreation(fixture.getRepository(), existing::contains));
    }

    private static CreateAssessmentTemplate create(List<TemplateSectionDraft> sections) {
        return new CreateAssessmentTemplate(ACME, TEMPLATE, " Vendor review ", " vendor ", sections, NOW);
    }

    @Test
    void givenExistingCompany_whenCreateTemplate_thenCreatedWithNumberedQuestions() {
        var sections = List.of(
                new TemplateSectionDraft(
                        " Access ",
                        List.of(
                                new TemplateQuestionDraft(" MFA everywhere? ", 2.0, "yes_no"),
                                new TemplateQuestionDraft("Patch cadence", 1.5, "scale_0_5"))),
                new TemplateSectionDraft("Notes", List.of(new TemplateQuestionDraft("Anything else?", 1.0, "text"))));

        fixture.givenNoPriorActivity()
                .when(create(sections))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(TEMPLATE)
                .expectEvents(new AssessmentTemplateCreated(
                        ACME,
                        TEMPLATE,
                        "Vendor review",
                        "vendor",
                        List.of(
                                new TemplateSection(
                                        "Access",
                                        List.of(
                                                new TemplateQuestion("Q1", "MFA everywhere?", 2.0, AnswerType.YES_NO),
                                                new TemplateQuestion(
                                                        "Q2", "Patch cadence", 1.5, AnswerType.SCALE_0_5))),
                                new TemplateSection(
                                        "Notes",
                                        List.of(new TemplateQuestion("Q3", "Anything else?", 1.0, AnswerType.TEXT)))),
                        NOW));
    }

    @Test
    void givenNoSuchCompany_whenCreateTemplate_thenRejectedAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreateAssessmentTemplate(
                        new TenantId("cmp_ghost"),
                        TEMPLATE,
                        "T",
                        "c",
                        List.of(new TemplateSectionDraft("S", List.of(new TemplateQuestionDraft("Q", 1.0, "yes_no")))),
                        NOW))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenNoSections_whenCreateTemplate_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(create(List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The sections field must hold between 1 and 50 sections.")
                .expectNoEvents();
    }

    @Test
    void givenSectionWithoutQuestions_whenCreateTemplate_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(create(List.of(new TemplateSectionDraft("Empty", List.of()))))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenUnknownAnswerType_whenCreateTemplate_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(create(
                        List.of(new TemplateSectionDraft("S", List.of(new TemplateQuestionDraft("Q", 1.0, "stars"))))))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(
                        "The sections[0].questions[0].answer_type field must be one of yes_no, scale_0_5, text.")
                .expectNoEvents();
    }

    @Test
    void givenZeroOrMissingWeight_whenCreateTemplate_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(create(
                        List.of(new TemplateSectionDraft("S", List.of(new TemplateQuestionDraft("Q", 0.0, "text"))))))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(create(
                        List.of(new TemplateSectionDraft("S", List.of(new TemplateQuestionDraft("Q", null, "text"))))))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenBlankName_whenCreateTemplate_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreateAssessmentTemplate(
                        ACME,
                        TEMPLATE,
                        " ",
                        "c",
                        List.of(new TemplateSectionDraft("S", List.of(new TemplateQuestionDraft("Q", 1.0, "yes_no")))),
                        NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The name field is required.")
                .expectNoEvents();
    }
}
