package io.scoreledger.query.assessment;

import static io.scoreledger.query.jooq.Tables.ASSESSMENT;
import static io.scoreledger.query.jooq.Tables.ASSESSMENT_ITEM;
import static io.scoreledger.query.jooq.Tables.ASSESSMENT_SCORE_CHANGE;
import static io.scoreledger.query.jooq.Tables.ASSESSMENT_TEMPLATE;
import static io.scoreledger.query.jooq.Tables.ASSESSMENT_TEMPLATE_QUESTION;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;

import io.scoreledger.assessment.events.AnswersRecorded;
import io.scoreledger.assessment.events.AssessmentStarted;
import io.scoreledger.assessment.events.AssessmentTemplateCreated;
import io.scoreledger.assessment.model.AnswerType;
import io.scoreledger.assessment.model.TemplateQuestion;
import io.scoreledger.assessment.model.TemplateSection;
import io.scoreledger.assessment.queries.AssessmentItemView;
import io.scoreledger.assessment.queries.AssessmentTemplateView;
import io.scoreledger.assessment.queries.AssessmentView;
import io.scoreledger.assessment.queries.GetCompletedAssessmentScores;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.query.jooq.tables.records.AssessmentRecord;
import io.scoreledger.query.jooq.tables.records.AssessmentTemplateRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The assessment read model: tenants' templates and assessments with their questions and answers. Every change to an
 * assessment row is applied only if its sequence is newer than the row's, so redelivered events change nothing.
 */
public class AssessmentRepository {

    static final String IN_PROGRESS = "in_progress";
    static final String COMPLETED = "completed";
    static final String DELETED = "deleted";

    private final DSLContext dsl;

    public AssessmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insertTemplate(AssessmentTemplateCreated event, long sequence) {
        int inserted = dsl.insertInto(ASSESSMENT_TEMPLATE)
                .set(ASSESSMENT_TEMPLATE.ID, event.templateId().value())
                .set(ASSESSMENT_TEMPLATE.COMPANY_ID, event.tenantId().value())
                .set(ASSESSMENT_TEMPLATE.NAME, event.name())
                .set(ASSESSMENT_TEMPLATE.CATEGORY, event.category())
                .set(ASSESSMENT_TEMPLATE.CREATED_AT, event.createdAt())
                .set(ASSESSMENT_TEMPLATE.LAST_SEQUENCE, sequence)
                .onConflict(ASSESSMENT_TEMPLATE.ID)
                .doNothing()
                .execute();
        if (inserted == 0) {
            return;
        }
        int position = 0;
        for (var section : event.sections()) {
            for (var question : section.questions()) {
                dsl.insertInto(ASSESSMENT_TEMPLATE_QUESTION)
                        .set(
                                ASSESSMENT_TEMPLATE_QUESTION.TEMPLATE_ID,
                                event.templateId().value())
                        .set(ASSESSMENT_TEMPLATE_QUESTION.POSITION, position++)
                        .set(ASSESSMENT_TEMPLATE_QUESTION.SECTION, section.name())
                        .set(ASSESSMENT_TEMPLATE_QUESTION.QUESTION_ID, question.id())
                        .set(ASSESSMENT_TEMPLATE_QUESTION.TEXT, question.text())
                        .set(ASSESSMENT_TEMPLATE_QUESTION.WEIGHT, question.weight())
                        .set(
                                ASSESSMENT_TEMPLATE_QUESTION.ANSWER_TYPE,
                                question.answerType().name())
                        .execute();
            }
        }
    }

    void insertAssessment(AssessmentStarted event, long sequence) {
        int inserted = dsl.insertInto(ASSESSMENT)
                .set(ASSESSMENT.ID, event.assessmentId().value())
                .set(ASSESSMENT.COMPANY_ID, event.tenantId().value())
                .set(ASSESSMENT.CLIENT_ID, event.clientId().value())
                .set(ASSESSMENT.NAME, event.name())
                .set(ASSESSMENT.TEMPLATE_ID, event.template().id().value())
                .set(ASSESSMENT.TEMPLATE_NAME, event.template().name())
                .set(ASSESSMENT.STATUS, IN_PROGRESS)
                .set(ASSESSMENT.COMPLETION_PERCENTAGE, 0.0)
                .set(ASSESSMENT.STARTED_AT, event.startedAt())
                .set(ASSESSMENT.VERSION, event.version())
                .set(ASSESSMENT.LAST_SEQUENCE, sequence)
                .onConflict(ASSESSMENT.ID)
                .doNothing()
                .execute();
        if (inserted == 0) {
            return;
        }
        int position = 0;
        for (var section : event.template().sections()) {
            for (var question : section.questions()) {
                dsl.insertInto(ASSESSMENT_ITEM)
                        .set(ASSESSMENT_ITEM.ASSESSMENT_ID, event.assessmentId().value())
                        .set(ASSESSMENT_ITEM.POSITION, position++)
                        .set(ASSESSMENT_ITEM.SECTION, section.name())
                        .set(ASSESSMENT_ITEM.QUESTION_ID, question.id())
                        .set(ASSESSMENT_ITEM.QUESTION, question.text())
                        .set(ASSESSMENT_ITEM.ANSWER_TYPE, question.answerType().name())
                        .set(ASSESSMENT_ITEM.WEIGHT, question.weight())
                        .execute();
            }
        }
    }

    void recordAnswers(AnswersRecorded event, long sequence) {
        int updated = dsl.update(ASSESSMENT)
                .set(ASSESSMENT.SCORE, event.score())
                .set(ASSESSMENT.SCORE_METHOD, event.methodVersion())
                .set(ASSESSMENT.COMPLETION_PERCENTAGE, event.completionPercentage())
                .set(ASSESSMENT.LAST_SEQUENCE, sequence)
                .where(newer(event.assessmentId(), sequence))
                .execute();
        if (updated == 0) {
            return;
        }
        for (var answer : event.answers()) {
            dsl.update(ASSESSMENT_ITEM)
                    .set(ASSESSMENT_ITEM.ANSWER, answer.value())
                    .where(ASSESSMENT_ITEM.ASSESSMENT_ID.eq(event.assessmentId().value()))
                    .and(ASSESSMENT_ITEM.QUESTION_ID.eq(answer.questionId()))
                    .execute();
        }
    }

    void complete(AssessmentId id, Double score, String method, Instant completedAt, long sequence) {
        dsl.update(ASSESSMENT)
                .set(ASSESSMENT.STATUS, COMPLETED)
                .set(ASSESSMENT.SCORE, score)
                .set(ASSESSMENT.SCORE_METHOD, method)
                .set(ASSESSMENT.COMPLETED_AT, completedAt)
                .set(ASSESSMENT.LAST_SEQUENCE, sequence)
                .where(newer(id, sequence))
                .execute();
    }

    void score(AssessmentId id, Double score, String method, long sequence) {
        dsl.update(ASSESSMENT)
                .set(ASSESSMENT.SCORE, score)
                .set(ASSESSMENT.SCORE_METHOD, method)
                .set(ASSESSMENT.LAST_SEQUENCE, sequence)
                .where(newer(id, sequence))
                .execute();
    }

    /** Score history for as-of queries, keyed by stream sequence, so redelivery changes nothing. */
    void recordScore(TenantId tenantId, AssessmentId id, long sequence, Instant at, Double score) {
        dsl.insertInto(ASSESSMENT_SCORE_CHANGE)
                .set(ASSESSMENT_SCORE_CHANGE.ASSESSMENT_ID, id.value())
                .set(ASSESSMENT_SCORE_CHANGE.SEQUENCE, sequence)
                .set(ASSESSMENT_SCORE_CHANGE.COMPANY_ID, tenantId.value())
                .set(ASSESSMENT_SCORE_CHANGE.CHANGED_AT, at)
                .set(ASSESSMENT_SCORE_CHANGE.SCORE, score)
                .onConflict(ASSESSMENT_SCORE_CHANGE.ASSESSMENT_ID, ASSESSMENT_SCORE_CHANGE.SEQUENCE)
                .doNothing()
                .execute();
    }

    void delete(AssessmentId id, Instant deletedAt, long sequence) {
        dsl.update(ASSESSMENT)
                .set(ASSESSMENT.STATUS, DELETED)
                .set(ASSESSMENT.DELETED_AT, deletedAt)
                .set(ASSESSMENT.LAST_SEQUENCE, sequence)
                .where(newer(id, sequence))
                .execute();
    }

    void deleteAll() {
        dsl.deleteFrom(ASSESSMENT_SCORE_CHANGE).execute();
        dsl.deleteFrom(ASSESSMENT_ITEM).execute();
        dsl.deleteFrom(ASSESSMENT).execute();
        dsl.deleteFrom(ASSESSMENT_TEMPLATE_QUESTION).execute();
        dsl.deleteFrom(ASSESSMENT_TEMPLATE).execute();
    }

    List<AssessmentTemplateView> findTemplates(TenantId tenantId, String category) {
        Condition condition = ASSESSMENT_TEMPLATE.COMPANY_ID.eq(tenantId.value());
        if (category != null) {
            condition = condition.and(ASSESSMENT_TEMPLATE.CATEGORY.lower().eq(category.toLowerCase(Locale.ROOT)));
        }
        return dsl.selectFrom(ASSESSMENT_TEMPLATE)
                .where(condition)
                .orderBy(ASSESSMENT_TEMPLATE.CREATED_AT, ASSESSMENT_TEMPLATE.ID)
                .fetch(this::toTemplateView);
    }

    Optional<AssessmentTemplateView> findTemplate(TenantId tenantId, TemplateId templateId) {
        return dsl.selectFrom(ASSESSMENT_TEMPLATE)
                .where(ASSESSMENT_TEMPLATE.COMPANY_ID.eq(tenantId.value()))
                .and(ASSESSMENT_TEMPLATE.ID.eq(templateId.value()))
                .fetchOptional(this::toTemplateView);
    }

    List<AssessmentView> findAssessments(TenantId tenantId, ClientId clientId) {
        return dsl.selectFrom(ASSESSMENT)
                .where(ASSESSMENT.COMPANY_ID.eq(tenantId.value()))
                .and(ASSESSMENT.CLIENT_ID.eq(clientId.value()))
                .and(ASSESSMENT.STATUS.ne(DELETED))
                .orderBy(ASSESSMENT.STARTED_AT, ASSESSMENT.ID)
                .fetch(AssessmentRepository::toView);
    }

    Optional<AssessmentView> findAssessment(TenantId tenantId, AssessmentId id) {
        return dsl.selectFrom(ASSESSMENT)
                .where(ASSESSMENT.COMPANY_ID.eq(tenantId.value()))
                .and(ASSESSMENT.ID.eq(id.value()))
                .and(ASSESSMENT.STATUS.ne(DELETED))
                .fetchOptional(AssessmentRepository::toView);
    }

    List<AssessmentItemView> findItems(AssessmentId id) {
        return dsl.selectFrom(ASSESSMENT_ITEM)
                .where(ASSESSMENT_ITEM.ASSESSMENT_ID.eq(id.value()))
                .orderBy(ASSESSMENT_ITEM.POSITION)
                .fetch(item -> new AssessmentItemView(
                        item.getQuestionId(),
                        item.getSection(),
                        item.getQuestion(),
                        AnswerType.valueOf(item.getAnswerType()),
                        item.getWeight(),
                        item.getAnswer()));
    }

    GetCompletedAssessmentScores.Result completedScores(TenantId tenantId) {
        var row = dsl.select(avg(ASSESSMENT.SCORE), count())
                .from(ASSESSMENT)
                .where(ASSESSMENT.COMPANY_ID.eq(tenantId.value()))
                .and(ASSESSMENT.STATUS.eq(COMPLETED))
                .and(ASSESSMENT.SCORE.isNotNull())
                .fetchOne();
        BigDecimal average = row.value1();
        return new GetCompletedAssessmentScores.Result(
                average == null
                        ? null
                        : average.setScale(1, RoundingMode.HALF_UP).doubleValue(),
                row.value2());
    }

    /**
     * The assessments completed at or before {@code asOf} and not deleted by then, each with the last score it held
     * at or before {@code asOf}.
     */
    GetCompletedAssessmentScores.Result completedScoresAsOf(TenantId tenantId, Instant asOf) {
        var row = dsl.resultQuery("""
                        select avg(s.score) as average, count(*) as assessments
                        from read_model.assessment a
                        join lateral (
                            select h.score from read_model.assessment_score_change h
                            where h.assessment_id = a.id and h.changed_at <= {1}
                            order by h.changed_at desc, h.sequence desc
                            limit 1
                        ) s on true
                        where a.company_id = {0}
                          and a.completed_at <= {1}
                          and (a.deleted_at is null or a.deleted_at > {1})
                          and s.score is not null
                        """, DSL.val(tenantId.value()), DSL.val(asOf)).fetchOne();
        BigDecimal average = row.get("average", BigDecimal.class);
        return new GetCompletedAssessmentScores.Result(
                average == null
                        ? null
                        : average.setScale(1, RoundingMode.HALF_UP).doubleValue(),
                row.get("assessments", Integer.class));
    }

    private AssessmentTemplateView toTemplateView(AssessmentTemplateRecord template) {
        var sections = new LinkedHashMap<String, List<TemplateQuestion>>();
        dsl.selectFrom(ASSESSMENT_TEMPLATE_QUESTION)
                .where(ASSESSMENT_TEMPLATE_QUESTION.TEMPLATE_ID.eq(template.getId()))
                .orderBy(ASSESSMENT_TEMPLATE_QUESTION.POSITION)
                .forEach(question -> sections.computeIfAbsent(question.getSection(), s -> new ArrayList<>())
                        .add(new TemplateQuestion(
                                question.getQuestionId(),
                                question.getText(),
                                question.getWeight(),
                                AnswerType.valueOf(question.getAnswerType()))));
        return new AssessmentTemplateView(
                new TemplateId(template.getId()),
                new TenantId(template.getCompanyId()),
                template.getName(),
                template.getCategory(),
                false,
                sections.entrySet().stream()
                        .map(s -> new TemplateSection(s.getKey(), s.getValue()))
                        .toList(),
                template.getCreatedAt());
    }

    private static AssessmentView toView(AssessmentRecord row) {
        return new AssessmentView(
                new AssessmentId(row.getId()),
                new TenantId(row.getCompanyId()),
                new ClientId(row.getClientId()),
                row.getName(),
                new TemplateId(row.getTemplateId()),
                row.getTemplateName(),
                row.getStatus(),
                row.getCompletionPercentage(),
                row.getScore(),
                row.getScoreMethod(),
                row.getStartedAt(),
                row.getCompletedAt(),
                row.getVersion(),
                row.getLastSequence());
    }

    private static Condition newer(AssessmentId id, long sequence) {
        return ASSESSMENT.ID.eq(id.value()).and(ASSESSMENT.LAST_SEQUENCE.lt(sequence));
    }
}
