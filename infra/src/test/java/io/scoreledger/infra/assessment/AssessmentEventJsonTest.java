package io.scoreledger.infra.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.assessment.events.AnswersRecorded;
import io.scoreledger.assessment.events.AssessmentCompleted;
import io.scoreledger.assessment.events.AssessmentDeleted;
import io.scoreledger.assessment.events.AssessmentScored;
import io.scoreledger.assessment.events.AssessmentStarted;
import io.scoreledger.assessment.events.AssessmentTemplateCreated;
import io.scoreledger.assessment.model.Answer;
import io.scoreledger.assessment.model.AnswerType;
import io.scoreledger.assessment.model.TemplateContent;
import io.scoreledger.assessment.model.TemplateQuestion;
import io.scoreledger.assessment.model.TemplateSection;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.support.ApplicationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Pins the stored JSON form of every assessment event, as Axon's serializer writes it, and reads it back. */
class AssessmentEventJsonTest extends ApplicationTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final AssessmentId ASSESSMENT = new AssessmentId("asm_one");
    private static final TemplateId TEMPLATE = new TemplateId("tpl_own");
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final List<TemplateSection> SECTIONS =
            List.of(new TemplateSection("Access", List.of(new TemplateQuestion("Q1", "MFA?", 2, AnswerType.YES_NO))));

    @Autowired
    @Qualifier("axonObjectMapper")
    ObjectMapper axonJson;

    @Test
    void everyAssessmentEventKeepsItsJsonForm() throws Exception {
        var pinned = Map.<Object, String>of(
                new AssessmentTemplateCreated(ACME, TEMPLATE, "Own", "vendor", SECTIONS, AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"templateId\":{\"value\":\"tpl_own\"},\"name\":\"Own\",\"category\":\"vendor\",\"sections\":[{\"name\":\"Access\",\"questions\":[{\"id\":\"Q1\",\"text\":\"MFA?\",\"weight\":2.0,\"answerType\":\"YES_NO\"}]}],\"createdAt\":\"2026-03-01T09:00:00Z\"}",
                new AssessmentStarted(
                        ACME,
                        ASSESSMENT,
                        new ClientId("cli_one"),
                        "Review",
                        new TemplateContent(TEMPLATE, "Own", "vendor", SECTIONS),
                        "1.0",
                        AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"assessmentId\":{\"value\":\"asm_one\"},\"clientId\":{\"value\":\"cli_one\"},\"name\":\"Review\",\"template\":{\"id\":{\"value\":\"tpl_own\"},\"name\":\"Own\",\"category\":\"vendor\",\"sections\":[{\"name\":\"Access\",\"questions\":[{\"id\":\"Q1\",\"text\":\"MFA?\",\"weight\":2.0,\"answerType\":\"YES_NO\"}]}]},\"version\":\"1.0\",\"startedAt\":\"2026-03-01T09:00:00Z\"}",
                new AnswersRecorded(
                        ACME, ASSESSMENT, List.of(new Answer("Q1", "yes")), 100.0, 100.0, "assessment-score/1", AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"assessmentId\":{\"value\":\"asm_one\"},\"answers\":[{\"questionId\":\"Q1\",\"value\":\"yes\"}],\"score\":100.0,\"completionPercentage\":100.0,\"methodVersion\":\"assessment-score/1\",\"recordedAt\":\"2026-03-01T09:00:00Z\"}",
                new AssessmentCompleted(ACME, ASSESSMENT, null, "assessment-score/1", AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"assessmentId\":{\"value\":\"asm_one\"},\"score\":null,\"methodVersion\":\"assessment-score/1\",\"completedAt\":\"2026-03-01T09:00:00Z\"}",
                new AssessmentScored(ACME, ASSESSMENT, 42.5, "assessment-score/1", AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"assessmentId\":{\"value\":\"asm_one\"},\"score\":42.5,\"methodVersion\":\"assessment-score/1\",\"scoredAt\":\"2026-03-01T09:00:00Z\"}",
                new AssessmentDeleted(ACME, ASSESSMENT, AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"assessmentId\":{\"value\":\"asm_one\"},\"deletedAt\":\"2026-03-01T09:00:00Z\"}");

        for (var entry : pinned.entrySet()) {
            var event = entry.getKey();
            assertThat(axonJson.readTree(axonJson.writeValueAsString(event)))
                    .as(event.getClass().getSimpleName())
                    .isEqualTo(axonJson.readTree(entry.getValue()));
            assertThat(axonJson.readValue(entry.getValue(), event.getClass())).isEqualTo(event);
        }
    }
}
