package io.scoreledger.infra.employee;

import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Policies and assessments show in the client's counts, and completed assessments in the dashboard's score. */
class ComplianceFiguresHttpTest extends ApplicationTest {

    @Test
    void givenPoliciesAndACompletedAssessment_whenReading_thenCountsAndDashboardFollowTheFormula() throws Exception {
        var directory = new Directory(api());
        var company = directory.company("Figures MSP", "enterprise");
        var client = directory.client(company, "Figures Client");
        var base = "/api/v3/companies/" + company + "/clients/" + client;

        var policy = api().post(base + "/policies", "{\"title\": \"Acceptable Use\"}")
                .data()
                .get("id")
                .asText();
        api().post(base + "/policies", "{\"title\": \"Backup\"}");
        assertSuccess(api().post(base + "/policies/" + policy + "/archive", ""), 200);
        var assessment = api().post(
                        base + "/assessment-events", "{\"name\": \"CIS baseline\", \"template_id\": \"tpl_cisv8\"}")
                .data()
                .get("id")
                .asText();
        assertSuccess(
                api().send(
                                "PUT",
                                base + "/assessment-events/" + assessment + "/answers",
                                """
                {"answers": [{"question_id": "CIS.1", "value": "yes"}, {"question_id": "CIS.2", "value": "no"}]}""",
                                List.of("Content-Type", "application/json")),
                200);
        assertSuccess(api().post(base + "/assessment-events/" + assessment + "/complete", null), 200);

        var counted = await(
                () -> api().get("/api/v3/companies/" + company + "/clients/" + client),
                r -> r.data().get("assessment_count").asInt() == 1);
        assertThat(counted.data().get("policy_count").asInt())
                .as("archived policies do not count")
                .isEqualTo(1);

        var onlyAssessments = await(
                () -> api().get("/api/v1/dashboard/summary?tenantId=" + company),
                r -> r.data().get("completedAssessments").asInt() == 1);
        assertThat(onlyAssessments.data().get("assessmentScore").asDouble()).isEqualTo(50.0);
        assertThat(onlyAssessments.data().get("overallScore").asInt()).isEqualTo(50);
        assertThat(onlyAssessments.data().get("riskLevel").asText()).isEqualTo("High");

        assertThat(api().send(
                                "PUT",
                                "/api/v1/employees",
                                """
                {"tenantId": "%s", "employees": [{"email": "one@figures.example"}]}""".formatted(company),
                                List.of("Content-Type", "application/json"))
                        .status())
                .isEqualTo(200);
        var withEmployees = await(
                () -> api().get("/api/v1/dashboard/summary?tenantId=" + company),
                r -> r.data().get("employeeCount").asInt() == 1);
        assertThat(withEmployees.data().get("overallScore").asInt())
                .as("0.8 × 100 + 0.2 × 50")
                .isEqualTo(90);
        assertThat(withEmployees.data().get("formulaVersion").asText()).isEqualTo("dashboard-v3");
    }

    private static HttpApi.Response await(
            java.util.function.Supplier<HttpApi.Response> read, Predicate<HttpApi.Response> ready)
            throws InterruptedException {
        var deadline = Instant.now().plusSeconds(5);
        HttpApi.Response response = read.get();
        while (!ready.test(response) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            response = read.get();
        }
        return response;
    }
}
