package io.scoreledger.infra.employee;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Scores API and the dashboard: shapes for a tenant without scores, parameters, and who may ask. */
class ScoresHttpTest extends ApplicationTest {

    private static final List<String> SCORE_ROUTES = List.of(
            "/v1/scores/model",
            "/v1/scores/summary",
            "/v1/scores/departments",
            "/v1/scores/distribution",
            "/v1/scores/trends",
            "/v1/scores/top-risks",
            "/v1/scores/employees",
            "/v1/scores/employees/emp_doesNotExist00000001");
    private static final List<String> DASHBOARD_ROUTES =
            List.of("/api/v1/dashboard/summary", "/api/v1/dashboard/trends");

    private Directory directory;
    private String company;
    private String otherCompany;
    private HttpApi admin;
    private HttpApi reader;

    @BeforeEach
    void setUp() {
        directory = new Directory(api());
        company = directory.company("Scores MSP", "enterprise");
        otherCompany = directory.company("Elsewhere MSP", "enterprise");
        admin = api().withToken(directory.user(company, "msp_admin").token());
        reader = api().withToken(Directory.apiKey(admin, company, "scores:read", "read:dashboard"));
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void givenTheModel_whenAsked_thenItsNumbersAsDocumented() {
        var response = reader.get("/v1/scores/model");

        assertThat(response.status()).isEqualTo(200);
        var model = response.json();
        assertThat(model.has("success")).isFalse();
        assertThat(model.get("version").asText()).isEqualTo("2026-11-v1");
        assertThat(model.get("baseline").asInt()).isEqualTo(100);
        assertThat(model.get("signal_types")).hasSize(10);
        var click = model.get("signal_types").get(0);
        assertThat(click.get("type").asText()).isEqualTo("phishing_click");
        assertThat(click.get("points").asDouble()).isEqualTo(20.0);
        assertThat(click.get("half_life_days").asInt()).isEqualTo(30);
        assertThat(click.get("effect").asText()).isEqualTo("risk");
        assertThat(model.get("signal_types").get(9).get("effect").asText()).isEqualTo("positive");
        assertThat(model.get("severity_factors").get("critical").asDouble()).isEqualTo(2.0);
        assertThat(model.get("bands").get(0).get("band").asText()).isEqualTo("green");
        assertThat(model.get("bands").get(0).get("range").asText()).isEqualTo("80-100");
        assertThat(model.get("bands").get(4).get("range").asText()).isEqualTo("0-19");
    }

    @Test
    void givenATenantWithoutEmployees_whenAsked_thenEmptyShapesNotErrors() {
        var summary = reader.get("/v1/scores/summary");
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(fieldNames(summary.json()))
                .containsExactly("average_score", "median_score", "total_employees", "band_distribution", "trend");
        assertThat(summary.json().get("total_employees").asInt()).isZero();
        assertThat(summary.json()
                        .get("band_distribution")
                        .get("green")
                        .get("percentage")
                        .asDouble())
                .isZero();
        assertThat(summary.json().get("trend").get("direction").asText()).isEqualTo("stable");
        assertThat(summary.json().get("trend").get("change").asDouble()).isZero();

        assertThat(reader.get("/v1/scores/departments").json().get("data")).isEmpty();
        var buckets = reader.get("/v1/scores/distribution").json().get("buckets");
        assertThat(buckets).hasSize(20);
        assertThat(buckets.get(0).get("range").asText()).isEqualTo("0-4");
        assertThat(buckets.get(19).get("range").asText()).isEqualTo("95-100");
        assertThat(reader.get("/v1/scores/distribution?bucket_size=50").json().get("buckets"))
                .hasSize(2);
        assertThat(reader.get("/v1/scores/trends?interval=weekly").json().get("data"))
                .isNotNull();
        assertThat(reader.get("/v1/scores/top-risks?sort=biggest_drop").json().get("data"))
                .isEmpty();
        var employees = reader.get("/v1/scores/employees?band=red&limit=200");
        assertThat(employees.json().get("data")).isEmpty();
        assertThat(employees.json().has("next_cursor")).isTrue();
        assertThat(employees.json().get("next_cursor").isNull()).isTrue();

        var dashboard = reader.get("/api/v1/dashboard/summary");
        assertSuccess(dashboard, 200);
        assertThat(dashboard.data().get("overallScore").isNull()).isTrue();
        assertThat(dashboard.data().get("riskLevel").isNull()).isTrue();
        assertThat(dashboard.data().get("employeeCount").asInt()).isZero();
        var trends = reader.get("/api/v1/dashboard/trends?range=3y");
        assertSuccess(trends, 200);
        assertThat(trends.data().get("range").asText()).isEqualTo("3y");
        assertThat(trends.data().get("scoreSeries").isArray()).isTrue();
        assertThat(reader.get("/api/v1/dashboard/trends").data().get("range").asText())
                .isEqualTo("30d");
    }

    @Test
    void givenBadParameters_whenAsked_thenUnprocessableNamingTheParameter() {
        var today = LocalDate.now(ZoneOffset.UTC);
        var cases = List.of(
                List.of("/v1/scores/distribution?bucket_size=0", "bucket_size"),
                List.of("/v1/scores/distribution?bucket_size=51", "bucket_size"),
                List.of("/v1/scores/distribution?bucket_size=five", "bucket_size"),
                List.of("/v1/scores/trends?interval=hourly", "interval"),
                List.of("/v1/scores/trends?from=2026-02-01&to=2026-01-01", "from"),
                List.of("/v1/scores/trends?from=yesterday", "from"),
                List.of("/v1/scores/trends?to=2026-13-01", "to"),
                List.of("/v1/scores/trends?from=" + today.minusYears(3).minusDays(1), "from"),
                List.of("/v1/scores/top-risks?limit=0", "limit"),
                List.of("/v1/scores/top-risks?limit=101", "limit"),
                List.of("/v1/scores/top-risks?sort=highest", "sort"),
                List.of("/v1/scores/employees?limit=201", "limit"),
                List.of("/v1/scores/employees?band=blue", "band"),
                List.of("/v1/scores/employees?cursor=%7Bnot%20a%20cursor%7D", "cursor"),
                List.of("/v1/scores/employees?cursor=bm90LWEtY3Vyc29y", "cursor"),
                List.of("/api/v1/dashboard/trends?range=7d", "range"));
        for (var c : cases) {
            var response = reader.get(c.get(0));
            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().has(c.get(1)))
                    .as(c.get(0) + " → " + response)
                    .isTrue();
        }
        assertThat(reader.get("/v1/scores/trends?from=" + today.minusYears(3)).status())
                .isEqualTo(200);
    }

    @Test
    void givenUnknownOrMalformedEmployeeIds_whenAsked_thenNotFound() {
        assertError(reader.get("/v1/scores/employees/emp_doesNotExist00000001"), 404, "NOT_FOUND");
        assertError(reader.get("/v1/scores/employees/not-an-employee"), 404, "NOT_FOUND");
    }

    @Test
    void givenAnotherTenantsEmployee_whenAskedFromOwnTenant_thenNotFound() {
        var otherAdmin =
                api().withToken(directory.user(otherCompany, "msp_admin").token());
        var otherKey = api().withToken(Directory.apiKey(otherAdmin, otherCompany, "employees:write", "scores:read"));
        var id = ScoreTesting.put(otherKey, "/api/v1/employees", "{\"employees\": [{\"email\": \"x@other.example\"}]}")
                .data()
                .get("ids")
                .get(0)
                .asText();
        var visible = ScoreTesting.eventually(() -> otherKey.get("/v1/scores/employees/" + id), r -> r.status() == 200);
        assertThat(visible.status()).as(visible.toString()).isEqualTo(200);

        assertError(reader.get("/v1/scores/employees/" + id), 404, "NOT_FOUND");
        assertError(reader.get("/v1/scores/employees/" + id + "?tenantId=" + otherCompany), 403, "FORBIDDEN");
    }

    @Test
    void givenCredentials_whenLackingTheScopeOrAskingForAnotherTenant_thenRefused() {
        var dashboardOnly = api().withToken(Directory.apiKey(admin, company, "read:dashboard"));
        var scoresOnly = api().withToken(Directory.apiKey(admin, company, "scores:read"));
        for (var route : SCORE_ROUTES) {
            var denied = dashboardOnly.get(route);
            assertError(denied, 403, "FORBIDDEN");
            assertThat(denied.json().path("error").path("message").asText()).contains("scores:read");
            assertError(anonymous().get(route), 401, "UNAUTHORIZED");
            if (!route.endsWith("/model")) {
                assertError(reader.get(route + "?tenantId=" + otherCompany), 403, "FORBIDDEN");
                assertError(
                        reader.send("GET", route, (String) null, List.of("x-tenant-id", otherCompany)),
                        403,
                        "FORBIDDEN");
            }
        }
        for (var route : DASHBOARD_ROUTES) {
            assertError(scoresOnly.get(route), 403, "FORBIDDEN");
            assertError(anonymous().get(route), 401, "UNAUTHORIZED");
            assertError(reader.get(route + "?tenantId=" + otherCompany), 403, "FORBIDDEN");
        }
    }

    @Test
    void givenUsersAndTheOperator_whenAsking_thenTheirRolesAndTenantSelectionDecide() {
        var auditor = api().withToken(directory.user(company, "auditor").token());
        assertThat(auditor.get("/v1/scores/summary").status()).isEqualTo(200);
        assertSuccess(auditor.get("/api/v1/dashboard/summary"), 200);
        assertThat(auditor.get("/v1/scores/summary?tenantId=" + company).status())
                .isEqualTo(200);
        assertError(auditor.get("/v1/scores/summary?tenantId=" + otherCompany), 403, "FORBIDDEN");

        assertError(api().get("/v1/scores/summary"), 422, "VALIDATION_ERROR");
        assertThat(api().get("/v1/scores/summary?tenantId=" + company).status()).isEqualTo(200);
        assertThat(api().send("GET", "/v1/scores/summary", (String) null, List.of("x-tenant-id", otherCompany))
                        .status())
                .isEqualTo(200);
        assertSuccess(api().get("/api/v1/dashboard/summary?tenantId=" + company), 200);
        assertThat(api().get("/v1/scores/model").status()).isEqualTo(200);
    }
}
