package io.scoreledger.infra.assessment;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentsHttpTest extends ApplicationTest {

    private static final String OWN_TEMPLATE = """
            {"name": "Vendor review", "category": "Vendor", "sections": [
              {"name": "Access", "questions": [
                {"text": "MFA everywhere?", "weight": 2, "answer_type": "yes_no"},
                {"text": "Patch cadence", "weight": 1, "answer_type": "scale_0_5"}]},
              {"name": "Notes", "questions": [{"text": "Anything else?", "weight": 1, "answer_type": "text"}]}]}""";

    private Directory directory;
    private String companyId;
    private String clientId;
    private String base;

    @BeforeEach
    void companyWithClient() {
        directory = new Directory(api());
        companyId = directory.company("Assessed MSP", "enterprise");
        clientId = directory.client(companyId, "Assessed Client");
        base = "/api/v3/companies/" + companyId + "/clients/" + clientId;
    }

    @Test
    void givenNothingOfTheTenants_whenListingTemplates_thenTheGlobalNistAndCisTemplates() {
        var listed = api().get(base + "/assessment-templates");

        assertSuccess(listed, 200);
        assertThat(ids(listed)).containsExactly("tpl_nistcsf20", "tpl_cisv8");
        var nist = listed.data().get(0);
        assertThat(nist.get("name").asText()).isEqualTo("NIST Cybersecurity Framework 2.0");
        assertThat(nist.get("global").asBoolean()).isTrue();
        assertThat(nist.get("question_count").asInt()).isEqualTo(22);
        var sections = new ArrayList<String>();
        nist.get("sections").forEach(s -> sections.add(s.get("name").asText()));
        assertThat(sections)
                .containsExactly(
                        "Govern (GV)", "Identify (ID)", "Protect (PR)", "Detect (DE)", "Respond (RS)", "Recover (RC)");
        var govern = nist.get("sections").get(0).get("questions");
        assertThat(govern.get(0).get("id").asText()).isEqualTo("GV.OC");
        assertThat(govern.get(0).get("answer_type").asText()).isEqualTo("scale_0_5");
        var cis = listed.data().get(1);
        assertThat(cis.get("question_count").asInt()).isEqualTo(18);
        assertThat(cis.get("sections")
                        .get(0)
                        .get("questions")
                        .get(17)
                        .get("text")
                        .asText())
                .contains("Penetration Testing");

        assertThat(ids(api().get(base + "/assessment-templates?global=false"))).isEmpty();
        assertThat(ids(api().get(base + "/assessment-templates?category=FRAMEWORK")))
                .hasSize(2);
        assertThat(ids(api().get(base + "/assessment-templates?category=vendor")))
                .isEmpty();
    }

    @Test
    void givenOwnTemplate_whenCreated_then201AndListedWithTheGlobalOnes() {
        var created = api().post(base + "/assessment-templates", OWN_TEMPLATE);

        assertSuccess(created, 201);
        var template = created.data();
        var id = template.get("id").asText();
        assertThat(id).matches("tpl_[0-9A-Za-z]{20}");
        assertThat(template.get("global").asBoolean()).isFalse();
        assertThat(template.get("category").asText()).isEqualTo("Vendor");
        var questions = template.get("sections").get(0).get("questions");
        assertThat(questions.get(0).get("id").asText()).isEqualTo("Q1");
        assertThat(questions.get(0).get("weight").asDouble()).isEqualTo(2.0);
        assertThat(template.get("sections")
                        .get(1)
                        .get("questions")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo("Q3");

        assertThat(ids(api().get(base + "/assessment-templates"))).containsExactly("tpl_nistcsf20", "tpl_cisv8", id);
        assertThat(ids(api().get(base + "/assessment-templates?global=false"))).containsExactly(id);
        assertThat(ids(api().get(base + "/assessment-templates?category=vendor&global=true")))
                .containsExactly(id);
        var otherClient = directory.client(companyId, "Sibling");
        assertThat(ids(api().get("/api/v3/companies/" + companyId + "/clients/" + otherClient
                        + "/assessment-templates?global=false")))
                .containsExactly(id);
    }

    @Test
    void givenBadTemplates_whenCreating_thenValidationErrorsNameTheField() {
        var missing = api().post(base + "/assessment-templates", "{\"sections\": []}");
        assertError(missing, 422, "VALIDATION_ERROR");
        assertThat(missing.details().has("name")).isTrue();
        assertThat(missing.details().has("category")).isTrue();
        assertThat(missing.details().has("sections")).isTrue();

        var badType = api().post(base + "/assessment-templates", """
                {"name": "T", "category": "c", "sections": [{"name": "S", "questions": [
                  {"text": "Q", "weight": 1, "answer_type": "stars"}]}]}""");
        assertError(badType, 422, "VALIDATION_ERROR");
        assertThat(badType.details().has("sections[0].questions[0].answer_type"))
                .isTrue();

        var badWeight = api().post(base + "/assessment-templates", """
                {"name": "T", "category": "c", "sections": [{"name": "S", "questions": [
                  {"text": "Q", "weight": -1, "answer_type": "text"}]}]}""");
        assertError(badWeight, 422, "VALIDATION_ERROR");
        assertThat(badWeight.details().has("sections[0].questions[0].weight")).isTrue();

        assertError(
                api().post(
                                base + "/assessment-templates",
                                "{\"name\": \"T\", \"category\": \"c\", \"sections\": [], \"x\": 1}"),
                422,
                "VALIDATION_ERROR");
        assertError(api().get(base + "/assessment-templates?global=maybe"), 422, "VALIDATION_ERROR");
    }

    @Test
    void givenAssessment_whenAnsweredAndCompleted_thenTheSeedsObjectWithScoreAndCompletion() {
        var templateId = ownTemplate();
        var started = api().post(
                        base + "/assessment-events",
                        "{\"name\": \"Q1 2025 Security Assessment\", \"template_id\": \"" + templateId + "\"}");

        assertSuccess(started, 201);
        var assessment = started.data();
        var id = assessment.get("id").asText();
        assertThat(id).matches("asm_[0-9A-Za-z]{20}");
        assertThat(started.header("Location")).isEqualTo(base + "/assessment-events/" + id);
        assertThat(fieldNames(assessment))
                .containsExactlyInAnyOrder(
                        "id",
                        "name",
                        "template",
                        "status",
                        "completion_percentage",
                        "score",
                        "started_at",
                        "completed_at",
                        "version");
        assertThat(assessment.get("template").get("id").asText()).isEqualTo(templateId);
        assertThat(assessment.get("template").get("name").asText()).isEqualTo("Vendor review");
        assertThat(assessment.get("status").asText()).isEqualTo("in_progress");
        assertThat(assessment.get("completion_percentage").asDouble()).isZero();
        assertThat(assessment.get("score").isNull()).isTrue();
        assertThat(assessment.get("completed_at").isNull()).isTrue();
        assertThat(assessment.get("version").asText()).isEqualTo("1.0");

        var answered = api().send(
                        "PUT",
                        base + "/assessment-events/" + id + "/answers",
                        """
                {"answers": [{"question_id": "Q1", "value": "yes"}, {"question_id": "Q2", "value": 3}]}""",
                        List.of("Content-Type", "application/json"));
        assertSuccess(answered, 200);
        assertThat(answered.data().get("score").asDouble()).isEqualTo(86.7);
        assertThat(answered.data().get("completion_percentage").asDouble()).isEqualTo(75.0);

        var more = api().post(base + "/assessment-events/" + id + "/answers", """
                {"answers": [{"question_id": "Q1", "value": false}, {"question_id": "Q3", "value": "All fine"}]}""");
        assertSuccess(more, 200);
        assertThat(more.data().get("score").asDouble()).isEqualTo(20.0);
        assertThat(more.data().get("completion_percentage").asDouble()).isEqualTo(100.0);

        var completed = api().post(base + "/assessment-events/" + id + "/complete", null);
        assertSuccess(completed, 200);
        assertThat(completed.data().get("status").asText()).isEqualTo("completed");
        assertThat(completed.data().get("completed_at").asText()).isNotBlank();
        assertThat(completed.data().get("score").asDouble()).isEqualTo(20.0);

        var listed = api().get(base + "/assessment-events");
        assertSuccess(listed, 200);
        assertThat(listed.data()).hasSize(1);
        assertThat(listed.data().get(0)).isEqualTo(completed.data());
        assertThat(api().get(base + "/assessment-events/" + id).data()).isEqualTo(completed.data());
    }

    @Test
    void givenCompletedAssessment_whenAnsweringOrCompletingAgain_thenConflict() {
        var id = startedAssessment("tpl_cisv8");
        assertSuccess(api().post(base + "/assessment-events/" + id + "/complete", null), 200);

        assertError(api().post(base + "/assessment-events/" + id + "/complete", null), 409, "CONFLICT");
        assertError(
                api().post(
                                base + "/assessment-events/" + id + "/answers",
                                "{\"answers\": [{\"question_id\": \"CIS.1\", \"value\": \"yes\"}]}"),
                409,
                "CONFLICT");
    }

    @Test
    void givenAnswersOfTheWrongKind_whenRecording_thenValidationErrorsNameTheAnswer() {
        var id = startedAssessment("tpl_nistcsf20");
        var answers = base + "/assessment-events/" + id + "/answers";

        var outOfScale = api().post(answers, "{\"answers\": [{\"question_id\": \"GV.OC\", \"value\": 7}]}");
        assertError(outOfScale, 422, "VALIDATION_ERROR");
        assertThat(outOfScale.details().has("answers[0].value")).isTrue();
        var fraction = api().post(answers, "{\"answers\": [{\"question_id\": \"GV.OC\", \"value\": 2.5}]}");
        assertThat(fraction.details().has("answers[0].value")).isTrue();
        var unknown = api().post(answers, """
                {"answers": [{"question_id": "GV.OC", "value": 1}, {"question_id": "XX.YY", "value": 1}]}""");
        assertError(unknown, 422, "VALIDATION_ERROR");
        assertThat(unknown.details().has("answers[1].question_id")).isTrue();
        var object = api().post(answers, "{\"answers\": [{\"question_id\": \"GV.OC\", \"value\": {\"a\": 1}}]}");
        assertThat(object.details().has("answers[0].value")).isTrue();
        var empty = api().post(answers, "{\"answers\": []}");
        assertError(empty, 422, "VALIDATION_ERROR");
        assertThat(empty.details().has("answers")).isTrue();

        assertThat(api().get(base + "/assessment-events/" + id)
                        .data()
                        .get("completion_percentage")
                        .asDouble())
                .isZero();
    }

    @Test
    void givenBadStartRequests_whenStarting_thenValidationErrors() {
        var noName = api().post(base + "/assessment-events", "{\"template_id\": \"tpl_cisv8\"}");
        assertError(noName, 422, "VALIDATION_ERROR");
        assertThat(noName.details().has("name")).isTrue();
        var unknownTemplate =
                api().post(base + "/assessment-events", "{\"name\": \"X\", \"template_id\": \"tpl_nothing\"}");
        assertError(unknownTemplate, 422, "VALIDATION_ERROR");
        assertThat(unknownTemplate.details().has("template_id")).isTrue();
        var malformed = api().post(base + "/assessment-events", "{\"name\": \"X\", \"template_id\": \"nist\"}");
        assertThat(malformed.details().has("template_id")).isTrue();

        var otherCompany = directory.company("Template Owner", "plus");
        var foreignTemplate = api().post(
                        "/api/v3/companies/" + otherCompany + "/clients/" + directory.client(otherCompany, "C")
                                + "/assessment-templates",
                        OWN_TEMPLATE)
                .data()
                .get("id")
                .asText();
        var foreign = api().post(
                        base + "/assessment-events", "{\"name\": \"X\", \"template_id\": \"" + foreignTemplate + "\"}");
        assertError(foreign, 422, "VALIDATION_ERROR");
        assertThat(ids(api().get(base + "/assessment-events"))).isEmpty();
    }

    @Test
    void givenUnknownOrMalformedIds_whenCalling_thenNotFound() {
        var unknownClient = "/api/v3/companies/" + companyId + "/clients/cli_unknown0000000000";
        assertError(api().get(unknownClient + "/assessment-events"), 404, "NOT_FOUND");
        assertError(api().get(unknownClient + "/assessment-templates"), 404, "NOT_FOUND");
        assertError(
                api().post(unknownClient + "/assessment-events", "{\"name\": \"X\", \"template_id\": \"tpl_cisv8\"}"),
                404,
                "NOT_FOUND");
        assertError(
                api().get("/api/v3/companies/cmp_nobody0000000000000/clients/" + clientId + "/assessment-events"),
                404,
                "NOT_FOUND");
        assertError(api().get(base + "/assessment-events/asm_unknown0000000000"), 404, "NOT_FOUND");
        assertError(api().post(base + "/assessment-events/nonsense/complete", null), 404, "NOT_FOUND");
        assertError(
                api().post(
                                base + "/assessment-events/asm_unknown0000000000/answers",
                                "{\"answers\": [{\"question_id\": \"Q1\", \"value\": \"yes\"}]}"),
                404,
                "NOT_FOUND");
        assertError(
                api().post("/api/v1/assessments/asm_unknown0000000000/calculate-score?tenantId=" + companyId, null),
                404,
                "NOT_FOUND");
        assertError(api().get("/api/v1/assessments/bad/download?tenantId=" + companyId), 404, "NOT_FOUND");
        assertError(
                api().send(
                                "DELETE",
                                "/api/v1/assessments/asm_unknown0000000000?tenantId=" + companyId,
                                null,
                                List.of()),
                404,
                "NOT_FOUND");

        var sibling = directory.client(companyId, "Sibling");
        var id = startedAssessment("tpl_cisv8");
        assertError(
                api().get("/api/v3/companies/" + companyId + "/clients/" + sibling + "/assessment-events/" + id),
                404,
                "NOT_FOUND");
    }

    @Test
    void givenAnsweredAssessment_whenCalculatingScore_thenRecordedAndReturnedWithTheMethod() {
        var id = startedAssessment("tpl_nistcsf20");
        api().post(base + "/assessment-events/" + id + "/answers", """
                {"answers": [{"question_id": "GV.OC", "value": 5}, {"question_id": "ID.AM", "value": "2"}]}""");

        var scored = api().post("/api/v1/assessments/" + id + "/calculate-score?tenantId=" + companyId, null);

        assertSuccess(scored, 200);
        assertThat(scored.data().get("assessmentId").asText()).isEqualTo(id);
        assertThat(scored.data().get("score").asDouble()).isEqualTo(70.0);
        assertThat(scored.data().get("method_version").asText()).isEqualTo("assessment-score/1");
        assertError(api().post("/api/v1/assessments/" + id + "/calculate-score", null), 422, "VALIDATION_ERROR");
    }

    @Test
    void givenAnsweredAssessment_whenDownloading_thenJsonOrCsvWithAnswers() {
        var id = startedAssessment(ownTemplate());
        api().post(base + "/assessment-events/" + id + "/answers", """
                {"answers": [{"question_id": "Q1", "value": "yes"}, {"question_id": "Q3", "value": "=cmd, \\"quoted\\""}]}""");
        var download = "/api/v1/assessments/" + id + "/download?tenantId=" + companyId;

        var json = api().get(download);
        assertSuccess(json, 200);
        assertThat(json.data().get("assessmentId").asText()).isEqualTo(id);
        assertThat(json.data().get("score").asDouble()).isEqualTo(100.0);
        assertThat(json.data().get("answers")).hasSize(3);
        assertThat(json.data().get("answers").get(0).get("answer").asText()).isEqualTo("yes");
        assertThat(json.data().get("answers").get(1).get("answer").isNull()).isTrue();

        var csv = api().get(download + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n"))
                .containsExactly(
                        "question_id,section,question,answer_type,weight,answer",
                        "Q1,Access,MFA everywhere?,yes_no,2,yes",
                        "Q2,Access,Patch cadence,scale_0_5,1,",
                        "Q3,Notes,Anything else?,text,1,\"'=cmd, \"\"quoted\"\"\"");
        var byAccept = api().send("GET", download, null, List.of("Accept", "text/csv"));
        assertThat(byAccept.header("Content-Type")).startsWith("text/csv");
        assertThat(byAccept.body()).isEqualTo(csv.body());
        assertError(api().get(download + "&format=xml"), 422, "VALIDATION_ERROR");
    }

    @Test
    void givenAssessment_whenDeleted_thenGoneFromReadsAndWritesButTheDeletionIsAnEvent() {
        var id = startedAssessment("tpl_cisv8");
        var kept = startedAssessment("tpl_cisv8");
        var delete = "/api/v1/assessments/" + id + "?tenantId=" + companyId;

        var deleted = api().send("DELETE", delete, null, List.of());

        assertSuccess(deleted, 200);
        assertThat(deleted.data().get("deleted").asBoolean()).isTrue();
        assertThat(ids(api().get(base + "/assessment-events"))).containsExactly(kept);
        assertError(api().get(base + "/assessment-events/" + id), 404, "NOT_FOUND");
        assertError(api().get("/api/v1/assessments/" + id + "/download?tenantId=" + companyId), 404, "NOT_FOUND");
        assertError(
                api().post("/api/v1/assessments/" + id + "/calculate-score?tenantId=" + companyId, null),
                404,
                "NOT_FOUND");
        assertError(api().post(base + "/assessment-events/" + id + "/complete", null), 404, "NOT_FOUND");
        assertError(api().send("DELETE", delete, null, List.of()), 404, "NOT_FOUND");
    }

    @Test
    void givenNoCredential_whenCallingAssessmentRoutes_thenUnauthorized() {
        for (var response : List.of(
                anonymous().get(base + "/assessment-templates"),
                anonymous().post(base + "/assessment-templates", OWN_TEMPLATE),
                anonymous().get(base + "/assessment-events"),
                anonymous().post(base + "/assessment-events", "{}"),
                anonymous().post(base + "/assessment-events/asm_x/answers", "{}"),
                anonymous().post(base + "/assessment-events/asm_x/complete", null),
                anonymous().post("/api/v1/assessments/asm_x/calculate-score", null),
                anonymous().get("/api/v1/assessments/asm_x/download"),
                anonymous().send("DELETE", "/api/v1/assessments/asm_x", null, List.of()))) {
            assertError(response, 401, "UNAUTHORIZED");
        }
    }

    @Test
    void givenApiKeyWithReadScopeOnly_whenWriting_thenForbiddenButReadsWork() {
        var id = startedAssessment("tpl_cisv8");
        var reader = api().withToken(Directory.apiKey(api(), companyId, "assessments:read"));

        assertSuccess(reader.get(base + "/assessment-events"), 200);
        assertSuccess(reader.get(base + "/assessment-templates"), 200);
        assertSuccess(reader.get("/api/v1/assessments/" + id + "/download"), 200);
        for (var response : List.of(
                reader.post(base + "/assessment-templates", OWN_TEMPLATE),
                reader.post(base + "/assessment-events", "{\"name\": \"X\", \"template_id\": \"tpl_cisv8\"}"),
                reader.post(
                        base + "/assessment-events/" + id + "/answers",
                        "{\"answers\": [{\"question_id\": \"CIS.1\", \"value\": \"yes\"}]}"),
                reader.post(base + "/assessment-events/" + id + "/complete", null),
                reader.post("/api/v1/assessments/" + id + "/calculate-score", null),
                reader.send("DELETE", "/api/v1/assessments/" + id, null, List.of()))) {
            assertError(response, 403, "FORBIDDEN");
        }
        var clientsOnly = api().withToken(Directory.apiKey(api(), companyId, "clients:read"));
        assertError(clientsOnly.get(base + "/assessment-events"), 403, "FORBIDDEN");
        assertError(clientsOnly.get("/api/v1/assessments/" + id + "/download"), 403, "FORBIDDEN");
        assertThat(api().get(base + "/assessment-events/" + id)
                        .data()
                        .get("status")
                        .asText())
                .isEqualTo("in_progress");
    }

    @Test
    void givenAnotherTenantsCredential_whenReachingForThisTenantsAssessments_thenForbiddenOrNotFound() {
        var id = startedAssessment("tpl_cisv8");
        var otherCompany = directory.company("Snooping MSP", "enterprise");
        var snoop = api().withToken(Directory.apiKey(api(), otherCompany, "assessments:read", "assessments:write"));

        assertError(snoop.get(base + "/assessment-events"), 403, "FORBIDDEN");
        assertError(snoop.get(base + "/assessment-templates"), 403, "FORBIDDEN");
        assertError(snoop.post(base + "/assessment-events/" + id + "/complete", null), 403, "FORBIDDEN");
        assertError(snoop.get("/api/v1/assessments/" + id + "/download"), 404, "NOT_FOUND");
        assertError(snoop.post("/api/v1/assessments/" + id + "/calculate-score", null), 404, "NOT_FOUND");
        assertError(snoop.send("DELETE", "/api/v1/assessments/" + id, null, List.of()), 404, "NOT_FOUND");
        assertError(snoop.get("/api/v1/assessments/" + id + "/download?tenantId=" + companyId), 403, "FORBIDDEN");

        var ownClient = directory.client(otherCompany, "Own");
        var ownBase = "/api/v3/companies/" + otherCompany + "/clients/" + ownClient;
        assertError(snoop.post(ownBase + "/assessment-events/" + id + "/complete", null), 404, "NOT_FOUND");
        assertThat(api().get(base + "/assessment-events/" + id)
                        .data()
                        .get("status")
                        .asText())
                .isEqualTo("in_progress");
    }

    @Test
    void givenCompanyUserOfAnotherClient_whenReadingThisClientsAssessments_thenNotFound() {
        var id = startedAssessment("tpl_cisv8");
        var otherClient = directory.client(companyId, "Assigned");
        var user = api().withToken(directory
                .user(companyId, "company_user", List.of(otherClient))
                .token());

        assertError(user.get(base + "/assessment-events"), 404, "NOT_FOUND");
        assertError(user.get("/api/v1/assessments/" + id + "/download"), 404, "NOT_FOUND");
        assertSuccess(
                user.get("/api/v3/companies/" + companyId + "/clients/" + otherClient + "/assessment-events"), 200);
    }

    private String ownTemplate() {
        var created = api().post(base + "/assessment-templates", OWN_TEMPLATE);
        assertSuccess(created, 201);
        return created.data().get("id").asText();
    }

    private String startedAssessment(String templateId) {
        var started = api().post(
                        base + "/assessment-events",
                        "{\"name\": \"Assessment\", \"template_id\": \"" + templateId + "\"}");
        assertSuccess(started, 201);
        return started.data().get("id").asText();
    }

    private static List<String> ids(HttpApi.Response response) {
        assertSuccess(response, 200);
        var ids = new ArrayList<String>();
        response.data().forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
