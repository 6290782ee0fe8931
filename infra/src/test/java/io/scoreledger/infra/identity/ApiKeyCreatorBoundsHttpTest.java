package io.scoreledger.infra.identity;

import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An API key acts for its creator and never for more: the creator's clients, role and being active bound it. */
class ApiKeyCreatorBoundsHttpTest extends ApplicationTest {

    private static final List<String> JSON = List.of("Content-Type", "application/json");
    private static final String ANSWERS = "{\"answers\": [{\"question_id\": \"CIS.1\", \"value\": \"yes\"}]}";

    record ClientData(String id, String base, String policy, String credential, String assessment, String report) {}

    private Directory directory;
    private String company;
    private ClientData assigned;
    private ClientData other;
    private String executiveSummary;

    @BeforeEach
    void companyWithTwoClients() {
        directory = new Directory(api());
        company = directory.company("Key Bounds MSP", "enterprise");
        assigned = clientWithData("Assigned");
        other = clientWithData("Other");
        executiveSummary = report("EXECUTIVE_SUMMARY", null);
        awaitListed(executiveSummary);
    }

    @Test
    void givenAKeyOfACompanyUserAssignedToOneClient_whenReachingAnotherClient_thenEveryRouteAnswersAsForTheUser() {
        var member = directory.user(company, "company_user", List.of(assigned.id()));
        var key = keyOf(member);

        for (var probe : probes(other)) {
            assertThat(probe.run(key).status())
                    .as("another client: " + probe.name())
                    .isIn(403, 404);
            assertThat(probe.run(api().withToken(member.token())).status())
                    .as("the creator itself: " + probe.name())
                    .isIn(403, 404);
        }
        for (var probe : probes(assigned)) {
            assertThat(probe.run(key).status())
                    .as("its own client: " + probe.name())
                    .isEqualTo(200);
        }
        var listedClients = key.get("/api/v3/companies/" + company + "/clients");
        assertSuccess(listedClients, 200);
        assertThat(listedClients.data()).hasSize(1);
        assertThat(listedClients.data().get(0).get("id").asText()).isEqualTo(assigned.id());
        var listedReports = key.get("/api/v1/reports?tenantId=" + company);
        assertSuccess(listedReports, 200);
        assertThat(listedReports.data().get("items").toString())
                .contains(assigned.report())
                .doesNotContain(other.report())
                .doesNotContain(executiveSummary);
    }

    @Test
    void givenAKeyOfACompanyUserAssignedToNoClient_whenReadingClients_thenItSeesNone() {
        var member = directory.user(company, "company_user");
        var key = keyOf(member);

        var listed = key.get("/api/v3/companies/" + company + "/clients");

        assertSuccess(listed, 200);
        assertThat(listed.data()).isEmpty();
        for (var probe : probes(assigned)) {
            assertThat(probe.run(key).status()).as(probe.name()).isIn(403, 404);
        }
    }

    @Test
    void givenAKeyOfACompanyUser_whenItsCreatorIsDeactivated_thenTheKeyIsRefused() {
        var member = directory.user(company, "company_user", List.of(assigned.id()));
        var key = keyOf(member);
        assertSuccess(key.get("/api/v3/companies/" + company + "/clients/" + assigned.id()), 200);

        assertSuccess(api().send("DELETE", "/api/v4/users/" + member.userId(), null, List.of()), 200);

        for (var probe : probes(assigned)) {
            assertThat(probe.run(key).status()).as(probe.name()).isIn(401, 403);
        }
    }

    @Test
    void givenAnAdministratorsKey_whenItsCreatorIsDeactivated_thenTheKeyIsRefused() {
        var admin = directory.user(company, "msp_admin");
        var key = api().withToken(Directory.apiKey(api().withToken(admin.token()), company, "clients:read"));
        assertSuccess(key.get("/api/v3/companies/" + company + "/clients/" + other.id()), 200);

        assertSuccess(api().send("DELETE", "/api/v4/users/" + admin.userId(), null, List.of()), 200);

        assertThat(key.get("/api/v3/companies/" + company + "/clients/" + other.id())
                        .status())
                .isEqualTo(401);
    }

    record Probe(String name, java.util.function.Function<HttpApi, HttpApi.Response> call) {

        HttpApi.Response run(HttpApi as) {
            return call.apply(as);
        }
    }

    /** Every client-scoped route a company_user's scopes reach, and the reports of that client. */
    private List<Probe> probes(ClientData client) {
        var probes = new ArrayList<Probe>();
        probes.add(new Probe("client", as -> as.get(client.base())));
        probes.add(new Probe("policies", as -> as.get(client.base() + "/policies")));
        probes.add(new Probe("policy", as -> as.get(client.base() + "/policies/" + client.policy())));
        probes.add(new Probe(
                "policy versions", as -> as.get(client.base() + "/policies/" + client.policy() + "/versions")));
        probes.add(new Probe("integration credentials", as -> as.get(client.base() + "/api-keys")));
        probes.add(new Probe("assessments", as -> as.get(client.base() + "/assessment-events")));
        probes.add(new Probe("assessment", as -> as.get(client.base() + "/assessment-events/" + client.assessment())));
        probes.add(new Probe(
                "assessment download",
                as -> as.get("/api/v1/assessments/" + client.assessment() + "/download?tenantId=" + company)));
        probes.add(new Probe(
                "answers",
                as -> as.send(
                        "PUT",
                        client.base() + "/assessment-events/" + client.assessment() + "/answers",
                        ANSWERS,
                        JSON)));
        probes.add(new Probe(
                "score recalculation",
                as -> as.post(
                        "/api/v1/assessments/" + client.assessment() + "/calculate-score?tenantId=" + company, "")));
        probes.add(new Probe(
                "assessment report",
                as -> as.get("/api/v1/reports/" + client.report() + "/download?tenantId=" + company)));
        return probes;
    }

    private HttpApi keyOf(Directory.Member member) {
        var raw = Directory.apiKey(
                api().withToken(member.token()),
                company,
                "clients:read",
                "policies:read",
                "assessments:read",
                "assessments:write",
                "reports:read");
        return api().withToken(raw);
    }

    private ClientData clientWithData(String name) {
        var client = directory.client(company, name);
        var base = "/api/v3/companies/" + company + "/clients/" + client;
        var policy = api().post(base + "/policies", "{\"title\": \"Acceptable Use\"}");
        assertSuccess(policy, 201);
        var credential = api().post(base + "/api-keys", "{\"type\": \"datto\", \"name\": \"D\", \"api_key\": \"k\"}");
        assertSuccess(credential, 201);
        var assessment =
                api().post(base + "/assessment-events", "{\"name\": \"CIS baseline\", \"template_id\": \"tpl_cisv8\"}");
        assertSuccess(assessment, 201);
        var assessmentId = assessment.data().get("id").asText();
        assertSuccess(api().send("PUT", base + "/assessment-events/" + assessmentId + "/answers", ANSWERS, JSON), 200);
        var report = report("ASSESSMENT_DETAIL", assessmentId);
        awaitListed(report);
        return new ClientData(
                client,
                base,
                policy.data().get("id").asText(),
                credential.data().get("id").asText(),
                assessmentId,
                report);
    }

    private String report(String type, String assessmentId) {
        var response = api().post("/api/v1/reports/generate", """
                {"tenantId": "%s", "reportType": "%s"%s}""".formatted(
                        company, type, assessmentId == null ? "" : ", \"assessmentId\": \"" + assessmentId + "\""));
        assertSuccess(response, 201);
        return response.data().get("reportId").asText();
    }

    private void awaitListed(String reportId) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (api().get("/api/v1/reports?tenantId=" + company).body().contains(reportId)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Report never listed: " + reportId);
    }
}
