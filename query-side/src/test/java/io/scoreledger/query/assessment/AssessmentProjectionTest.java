package io.scoreledger.query.assessment;

import static io.scoreledger.query.jooq.Tables.ASSESSMENT;
import static io.scoreledger.query.jooq.Tables.ASSESSMENT_ITEM;
import static io.scoreledger.query.jooq.Tables.ASSESSMENT_SCORE_CHANGE;
import static io.scoreledger.query.jooq.Tables.ASSESSMENT_TEMPLATE;
import static io.scoreledger.query.jooq.Tables.ASSESSMENT_TEMPLATE_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.assessment.events.AnswersRecorded;
import io.scoreledger.assessment.events.AssessmentCompleted;
import io.scoreledger.assessment.events.AssessmentDeleted;
import io.scoreledger.assessment.events.AssessmentScored;
import io.scoreledger.assessment.events.AssessmentStarted;
import io.scoreledger.assessment.events.AssessmentTemplateCreated;
import io.scoreledger.assessment.model.Answer;
import io.scoreledger.assessment.model.AnswerType;
import io.scoreledger.assessment.model.GlobalTemplates;
import io.scoreledger.assessment.model.TemplateContent;
import io.scoreledger.assessment.model.TemplateQuestion;
import io.scoreledger.assessment.model.TemplateSection;
import io.scoreledger.assessment.queries.AssessmentItemView;
import io.scoreledger.assessment.queries.AssessmentTemplateView;
import io.scoreledger.assessment.queries.AssessmentView;
import io.scoreledger.assessment.queries.FindAssessmentTemplates;
import io.scoreledger.assessment.queries.FindAssessments;
import io.scoreledger.assessment.queries.GetAssessment;
import io.scoreledger.assessment.queries.GetAssessmentTemplate;
import io.scoreledger.assessment.queries.GetCompletedAssessmentScores;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentProjectionTest {

    private static final String METHOD = "assessment-score/1";
    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final ClientId INITECH = new ClientId("cli_initech");
    private static final TemplateId OWN = new TemplateId("tpl_own");
    private static final AssessmentId FIRST = new AssessmentId("asm_first");
    private static final AssessmentId SECOND = new AssessmentId("asm_second");
    private static final AssessmentId GONE = new AssessmentId("asm_gone");
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final List<TemplateSection> SECTIONS = List.of(
            new TemplateSection(
                    "Access",
                    List.of(
                            new TemplateQuestion("Q1", "MFA?", 2, AnswerType.YES_NO),
                            new TemplateQuestion("Q2", "Patching", 1, AnswerType.SCALE_0_5))),
            new TemplateSection("Notes", List.of(new TemplateQuestion("Q3", "Notes", 1, AnswerType.TEXT))));
    private static final TemplateContent CONTENT = new TemplateContent(OWN, "Own review", "Vendor", SECTIONS);

    private final DSLContext dsl = ReadModelDatabase.dsl();
    private final AssessmentRepository repository = new AssessmentRepository(dsl);
    private final AssessmentProjector projector = new AssessmentProjector(repository);
    private final AssessmentQueryHandler queries = new AssessmentQueryHandler(repository);

    @BeforeEach
    void emptyReadModel() {
        repository.deleteAll();
    }

    private static EventFeed history() {
        var nist = GlobalTemplates.find(GlobalTemplates.NIST_CSF_2).orElseThrow();
        return new EventFeed()
                .append(
                        "AssessmentTemplate",
                        OWN.value(),
                        new AssessmentTemplateCreated(ACME, OWN, "Own review", "Vendor", SECTIONS, T0))
                .append(
                        "Assessment",
                        FIRST.value(),
                        new AssessmentStarted(ACME, FIRST, INITECH, "Q1 review", CONTENT, "1.0", T0.plusSeconds(60)))
                .append(
                        "Assessment",
                        FIRST.value(),
                        new AnswersRecorded(
                                ACME,
                                FIRST,
                                List.of(new Answer("Q1", "yes"), new Answer("Q2", "3")),
                                86.7,
                                75.0,
                                METHOD,
                                T0.plusSeconds(70)))
                .append(
                        "Assessment",
                        FIRST.value(),
                        new AnswersRecorded(
                                ACME,
                                FIRST,
                                List.of(new Answer("Q3", "fine")),
                                86.7,
                                100.0,
                                METHOD,
                                T0.plusSeconds(80)))
                .append(
                        "Assessment",
                        FIRST.value(),
                        new AssessmentCompleted(ACME, FIRST, 86.7, METHOD, T0.plusSeconds(90)))
                .append(
                        "Assessment",
                        SECOND.value(),
                        new AssessmentStarted(ACME, SECOND, INITECH, "CSF", nist, "1.0", T0.plusSeconds(120)))
                .append(
                        "Assessment",
                        SECOND.value(),
                        new AnswersRecorded(
                                ACME,
                                SECOND,
                                List.of(new Answer("GV.OC", "5")),
                                100.0,
                                4.5,
                                METHOD,
                                T0.plusSeconds(130)))
                .append(
                        "Assessment",
                        SECOND.value(),
                        new AssessmentCompleted(ACME, SECOND, 100.0, METHOD, T0.plusSeconds(140)))
                .append(
                        "Assessment",
                        SECOND.value(),
                        new AssessmentScored(ACME, SECOND, 60.0, METHOD, T0.plusSeconds(150)))
                .append(
                        "Assessment",
                        GONE.value(),
                        new AssessmentStarted(ACME, GONE, INITECH, "Gone", CONTENT, "1.0", T0.plusSeconds(200)))
                .append(
                        "Assessment",
                        GONE.value(),
                        new AssessmentCompleted(ACME, GONE, 10.0, METHOD, T0.plusSeconds(210)))
                .append("Assessment", GONE.value(), new AssessmentDeleted(ACME, GONE, T0.plusSeconds(220)));
    }

    @Test
    void givenAssessmentEvents_whenProjected_thenRowsShowStatusScoreCompletionAndAnswers() {
        EventFeed.deliver(projector, history().events());

        var listed = queries.handle(new FindAssessments(ACME, INITECH)).assessments();
        assertThat(listed).extracting(AssessmentView::id).containsExactly(FIRST, SECOND);
        var first = listed.get(0);
        assertThat(first)
                .isEqualTo(new AssessmentView(
                        FIRST,
                        ACME,
                        INITECH,
                        "Q1 review",
                        OWN,
                        "Own review",
                        "completed",
                        100.0,
                        86.7,
                        METHOD,
                        T0.plusSeconds(60),
                        T0.plusSeconds(90),
                        "1.0",
                        3));
        assertThat(listed.get(1).score()).isEqualTo(60.0);
        assertThat(listed.get(1).templateName()).isEqualTo("NIST Cybersecurity Framework 2.0");

        var items = queries.handle(new GetAssessment(ACME, FIRST)).items();
        assertThat(items)
                .containsExactly(
                        new AssessmentItemView("Q1", "Access", "MFA?", AnswerType.YES_NO, 2, "yes"),
                        new AssessmentItemView("Q2", "Access", "Patching", AnswerType.SCALE_0_5, 1, "3"),
                        new AssessmentItemView("Q3", "Notes", "Notes", AnswerType.TEXT, 1, "fine"));
        assertThat(queries.handle(new GetAssessment(ACME, SECOND)).items()).hasSize(22);
    }

    @Test
    void givenStartedOnly_whenProjected_thenInProgressWithoutScore() {
        EventFeed.deliver(
                projector,
                new EventFeed()
                        .append(
                                "Assessment",
                                FIRST.value(),
                                new AssessmentStarted(ACME, FIRST, INITECH, "Fresh", CONTENT, "1.0", T0))
                        .events());

        var view = queries.handle(new GetAssessment(ACME, FIRST)).assessment();
        assertThat(view.status()).isEqualTo("in_progress");
        assertThat(view.score()).isNull();
        assertThat(view.completionPercentage()).isZero();
        assertThat(view.completedAt()).isNull();
        assertThat(queries.handle(new GetAssessment(ACME, FIRST)).items())
                .extracting(AssessmentItemView::answer)
                .containsOnlyNulls();
    }

    @Test
    void givenDeletedAssessment_whenRead_thenNotFoundAndNotListed() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new GetAssessment(ACME, GONE)).found()).isEmpty();
        assertThat(queries.handle(new GetAssessment(ACME, GONE)).items()).isEmpty();
        assertThat(dsl.fetchCount(ASSESSMENT, ASSESSMENT.ID.eq(GONE.value()))).isOne();
    }

    @Test
    void givenAnotherTenant_whenReading_thenNothingOfThisTenant() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new GetAssessment(GLOBEX, FIRST)).found()).isEmpty();
        assertThat(queries.handle(new FindAssessments(GLOBEX, INITECH)).assessments())
                .isEmpty();
        assertThat(queries.handle(new GetAssessmentTemplate(GLOBEX, OWN)).found())
                .isEmpty();
        assertThat(queries.handle(new FindAssessmentTemplates(GLOBEX, false, null))
                        .templates())
                .isEmpty();
    }

    @Test
    void givenTemplates_whenFiltering_thenGlobalFlagAndCategoryApply() {
        EventFeed.deliver(projector, history().events());

        assertThat(ids(new FindAssessmentTemplates(ACME, true, null)))
                .containsExactly(GlobalTemplates.NIST_CSF_2, GlobalTemplates.CIS_CONTROLS_8, OWN);
        assertThat(ids(new FindAssessmentTemplates(ACME, false, null))).containsExactly(OWN);
        assertThat(ids(new FindAssessmentTemplates(ACME, true, "vendor"))).containsExactly(OWN);
        assertThat(ids(new FindAssessmentTemplates(ACME, true, "framework")))
                .containsExactly(GlobalTemplates.NIST_CSF_2, GlobalTemplates.CIS_CONTROLS_8);
        var own = queries.handle(new GetAssessmentTemplate(ACME, OWN)).template();
        assertThat(own.sections()).isEqualTo(SECTIONS);
        assertThat(own.global()).isFalse();
        assertThat(own.createdAt()).isEqualTo(T0);
        var nist = queries.handle(new GetAssessmentTemplate(GLOBEX, GlobalTemplates.NIST_CSF_2))
                .template();
        assertThat(nist.global()).isTrue();
        assertThat(nist.sections())
                .extracting(TemplateSection::name)
                .containsExactly(
                        "Govern (GV)", "Identify (ID)", "Protect (PR)", "Detect (DE)", "Respond (RS)", "Recover (RC)");
    }

    @Test
    void givenCompletedAssessments_whenAskingForTheirScores_thenAverageOfCompletedNotDeleted() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new GetCompletedAssessmentScores(ACME)))
                .isEqualTo(new GetCompletedAssessmentScores.Result(73.4, 2));
        assertThat(queries.handle(new GetCompletedAssessmentScores(GLOBEX)))
                .isEqualTo(new GetCompletedAssessmentScores.Result(null, 0));
    }

    @Test
    void givenScoreHistory_whenAskingAsOf_thenCompletedByThenNotYetDeletedWithTheirScoreThen() {
        EventFeed.deliver(projector, history().events());

        assertThat(dsl.selectFrom(ASSESSMENT_SCORE_CHANGE)
                        .orderBy(ASSESSMENT_SCORE_CHANGE.CHANGED_AT)
                        .fetch(row -> List.of(row.getAssessmentId(), row.getChangedAt(), row.getScore())))
                .containsExactly(
                        List.of(FIRST.value(), T0.plusSeconds(90), 86.7),
                        List.of(SECOND.value(), T0.plusSeconds(140), 100.0),
                        List.of(SECOND.value(), T0.plusSeconds(150), 60.0),
                        List.of(GONE.value(), T0.plusSeconds(210), 10.0));
        assertThat(queries.handle(new GetCompletedAssessmentScores(ACME, T0.plusSeconds(89))))
                .isEqualTo(new GetCompletedAssessmentScores.Result(null, 0));
        assertThat(queries.handle(new GetCompletedAssessmentScores(ACME, T0.plusSeconds(90))))
                .isEqualTo(new GetCompletedAssessmentScores.Result(86.7, 1));
        assertThat(queries.handle(new GetCompletedAssessmentScores(ACME, T0.plusSeconds(145))))
                .isEqualTo(new GetCompletedAssessmentScores.Result(93.4, 2));
        assertThat(queries.handle(new GetCompletedAssessmentScores(ACME, T0.plusSeconds(215))))
                .isEqualTo(new GetCompletedAssessmentScores.Result(52.2, 3));
        assertThat(queries.handle(new GetCompletedAssessmentScores(ACME, T0.plusSeconds(220))))
                .isEqualTo(queries.handle(new GetCompletedAssessmentScores(ACME)));
        assertThat(queries.handle(new GetCompletedAssessmentScores(GLOBEX, T0.plusSeconds(220))))
                .isEqualTo(new GetCompletedAssessmentScores.Result(null, 0));
    }

    @Test
    void givenProjectedLog_whenResetAndReplayed_thenIdenticalRows() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.reset(projector);
        assertThat(dsl.fetchCount(ASSESSMENT)).isZero();
        assertThat(dsl.fetchCount(ASSESSMENT_TEMPLATE)).isZero();
        assertThat(dsl.fetchCount(ASSESSMENT_SCORE_CHANGE)).isZero();
        EventFeed.deliver(projector, events);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void givenProjectedLog_whenEventsAreRedelivered_thenNothingChanges() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.deliver(projector, events);
        EventFeed.deliver(
                projector,
                events.stream()
                        .filter(e -> e.getPayload() instanceof AnswersRecorded)
                        .toList());

        assertThat(snapshot()).isEqualTo(before);
    }

    private List<TemplateId> ids(FindAssessmentTemplates query) {
        return queries.handle(query).templates().stream()
                .map(AssessmentTemplateView::id)
                .toList();
    }

    private List<Result<?>> snapshot() {
        return List.of(
                dsl.selectFrom(ASSESSMENT_SCORE_CHANGE)
                        .orderBy(ASSESSMENT_SCORE_CHANGE.ASSESSMENT_ID, ASSESSMENT_SCORE_CHANGE.SEQUENCE)
                        .fetch(),
                dsl.selectFrom(ASSESSMENT_TEMPLATE)
                        .orderBy(ASSESSMENT_TEMPLATE.ID)
                        .fetch(),
                dsl.selectFrom(ASSESSMENT_TEMPLATE_QUESTION)
                        .orderBy(ASSESSMENT_TEMPLATE_QUESTION.TEMPLATE_ID, ASSESSMENT_TEMPLATE_QUESTION.POSITION)
                        .fetch(),
                dsl.selectFrom(ASSESSMENT).orderBy(ASSESSMENT.ID).fetch(),
                dsl.selectFrom(ASSESSMENT_ITEM)
                        .orderBy(ASSESSMENT_ITEM.ASSESSMENT_ID, ASSESSMENT_ITEM.POSITION)
                        .fetch());
    }
}
