package io.scoreledger.infra.employee;

import static io.scoreledger.infra.employee.ScoreTesting.eventually;
import static io.scoreledger.infra.employee.ScoreTesting.put;
import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.infra.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scores as they stood: ann (Engineering) clicks, bob (Sales) is clean; two days later bob submits credentials, ann
 * moves to Sales and the company gets an organization-level finding. Asked as of the first moment, every route gives
 * the first figures; without as_of, the current ones.
 */
class AsOfHttpTest extends ApplicationTest {

    private static final List<String> ROUTES = List.of(
            "/v1/scores/summary", "/v1/scores/distribution", "/v1/scores/departments", "/api/v1/dashboard/summary");

    @Autowired
    MutableClock clock;

    private String company;
    private String otherCompany;
    private HttpApi key;
    private HttpApi otherKey;
    private String domain;

    @BeforeEach
    void setUp() {
        var directory = new Directory(api());
        company = directory.company("As-of MSP", "enterprise");
        otherCompany = directory.company("Elsewhere As-of MSP", "enterprise");
        var scopes = new String[] {"employees:write", "signals:write", "scores:read", "read:dashboard"};
        key = api().withToken(Directory.apiKey(
                api().withToken(directory.user(company, "msp_admin").token()), company, scopes));
        otherKey = api().withToken(Directory.apiKey(
                api().withToken(directory.user(otherCompany, "msp_admin").token()), otherCompany, scopes));
        domain = "asof-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void givenScoresThatChangedLater_whenAskedAsOfEarlier_thenEveryRouteGivesTheEarlierFigures() {
        employees(key, "ann", "Engineering", "bob", "Sales");
        signal(key, "ann", "phishing_click", "high");
        employees(otherKey, "zed", "Engineering");
        signal(otherKey, "zed", "credential_submitted", "critical");
        eventually(
                () -> key.get("/v1/scores/summary"),
                r -> r.json().get("average_score").asDouble() == 85.0);
        eventually(
                () -> otherKey.get("/v1/scores/summary"),
                r -> r.json().get("average_score").asDouble() == 40.0);
        var before = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        clock.advance(Duration.ofDays(2));
        signal(key, "bob", "credential_submitted", "critical");
        employees(key, "ann", "Sales");
        finding(key);
        eventually(
                () -> key.get("/api/v1/dashboard/summary"),
                r -> !r.data().get("organizationScore").isNull());
        var departmentsNow = eventually(
                () -> key.get("/v1/scores/departments"),
                r -> r.json().get("data").size() == 1
                        && r.json().get("data").get(0).get("average_score").asDouble() < 85.0);

        for (var asOf : List.of(
                before.toString(), LocalDate.ofInstant(before, ZoneOffset.UTC).toString())) {
            var summary = key.get("/v1/scores/summary?as_of=" + asOf);
            assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
            assertThat(summary.json().get("total_employees").asInt()).isEqualTo(2);
            assertThat(summary.json().get("average_score").asDouble()).isEqualTo(85.0);
            assertThat(summary.json().get("median_score").asInt()).isEqualTo(70);
            assertThat(summary.json()
                            .get("band_distribution")
                            .get("green")
                            .get("count")
                            .asInt())
                    .isEqualTo(1);
            assertThat(summary.json()
                            .get("band_distribution")
                            .get("yellow")
                            .get("count")
                            .asInt())
                    .isEqualTo(1);
            assertThat(Instant.parse(summary.json().get("as_of").asText())).isAfterOrEqualTo(before);

            var distribution = key.get("/v1/scores/distribution?bucket_size=10&as_of=" + asOf);
            assertThat(distribution.status()).as(distribution.toString()).isEqualTo(200);
            assertThat(counts(distribution.json().get("buckets"))).containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 0, 1);
            var engineering = key.get("/v1/scores/distribution?bucket_size=10&department=Engineering&as_of=" + asOf);
            assertThat(counts(engineering.json().get("buckets"))).containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 0, 0);

            var departments =
                    key.get("/v1/scores/departments?as_of=" + asOf).json().get("data");
            assertThat(departments).hasSize(2);
            assertThat(departments.get(0).get("department").asText()).isEqualTo("Engineering");
            assertThat(departments.get(0).get("average_score").asDouble()).isEqualTo(70.0);
            assertThat(departments.get(1).get("department").asText()).isEqualTo("Sales");
            assertThat(departments.get(1).get("average_score").asDouble()).isEqualTo(100.0);

            var dashboard = key.get("/api/v1/dashboard/summary?as_of=" + asOf);
            assertSuccess(dashboard, 200);
            assertThat(dashboard.data().get("overallScore").asInt()).isEqualTo(85);
            assertThat(dashboard.data().get("riskLevel").asText()).isEqualTo("Low");
            assertThat(dashboard.data().get("employeeCount").asInt()).isEqualTo(2);
            assertThat(dashboard.data().get("employeeAverage").asDouble()).isEqualTo(85.0);
            assertThat(dashboard.data().get("organizationScore").isNull()).isTrue();
            assertThat(dashboard.data().get("completedAssessments").asInt()).isZero();
            assertThat(dashboard.data().has("asOf")).isTrue();
        }

        var summaryNow = key.get("/v1/scores/summary");
        assertThat(summaryNow.json().get("total_employees").asInt()).isEqualTo(2);
        assertThat(summaryNow
                        .json()
                        .get("band_distribution")
                        .get("orange")
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        assertThat(summaryNow.json().has("as_of")).isFalse();
        assertThat(departmentsNow.json().get("data").get(0).get("department").asText())
                .isEqualTo("Sales");
        assertThat(departmentsNow
                        .json()
                        .get("data")
                        .get(0)
                        .get("employee_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(departmentsNow.json().has("as_of")).isFalse();
        assertThat(counts(key.get("/v1/scores/distribution?department=Engineering")
                        .json()
                        .get("buckets")))
                .allMatch(count -> count == 0);
        var dashboardNow = key.get("/api/v1/dashboard/summary").data();
        assertThat(dashboardNow.get("organizationScore").asInt()).isBetween(0, 100);
        assertThat(dashboardNow.get("employeeAverage").asDouble()).isLessThan(85.0);
        assertThat(dashboardNow.has("asOf")).isFalse();
    }

    @Test
    void givenAssessmentDeletedLater_whenDashboardAskedAsOfEarlier_thenTheAssessmentStillWeighs() {
        var operator = api();
        var base = "/api/v3/companies/" + company + "/clients/" + new Directory(operator).client(company, "Assessed");
        var template = operator.post(base + "/assessment-templates", """
                {"name": "Vendor review", "category": "Vendor", "sections": [
                  {"name": "Access", "questions": [
                    {"text": "MFA everywhere?", "weight": 2, "answer_type": "yes_no"},
                    {"text": "Patch cadence", "weight": 1, "answer_type": "scale_0_5"}]}]}""");
        assertSuccess(template, 201);
        var started = operator.post(
                base + "/assessment-events",
                "{\"name\": \"Q4\", \"template_id\": \""
                        + template.data().get("id").asText() + "\"}");
        assertSuccess(started, 201);
        var assessment = started.data().get("id").asText();
        assertSuccess(operator.post(base + "/assessment-events/" + assessment + "/answers", """
                {"answers": [{"question_id": "Q1", "value": "yes"}, {"question_id": "Q2", "value": 3}]}"""), 200);
        var completed = operator.post(base + "/assessment-events/" + assessment + "/complete", null);
        assertSuccess(completed, 200);
        double assessmentScore = completed.data().get("score").asDouble();
        employees(key, "ann", "Engineering");
        var withAssessment = eventually(
                () -> key.get("/api/v1/dashboard/summary"),
                r -> r.data().get("employeeCount").asInt() == 1
                        && r.data().get("completedAssessments").asInt() == 1);
        int overallThen = (int) Math.round(0.8 * 100 + 0.2 * assessmentScore);
        assertThat(withAssessment.data().get("overallScore").asInt()).isEqualTo(overallThen);
        var before = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        clock.advance(Duration.ofDays(1));
        assertSuccess(
                operator.send("DELETE", "/api/v1/assessments/" + assessment + "?tenantId=" + company, null, List.of()),
                200);
        var now = eventually(
                () -> key.get("/api/v1/dashboard/summary"),
                r -> r.data().get("completedAssessments").asInt() == 0);
        assertThat(now.data().get("overallScore").asInt()).isEqualTo(100);

        var then = key.get("/api/v1/dashboard/summary?as_of=" + before).data();
        assertThat(then.get("overallScore").asInt()).isEqualTo(overallThen);
        assertThat(then.get("completedAssessments").asInt()).isEqualTo(1);
        assertThat(then.get("assessmentScore").asDouble()).isEqualTo(assessmentScore);
        assertThat(then.get("employeeCount").asInt()).isEqualTo(1);
    }

    @Test
    void givenTwoTenants_whenAskedAsOf_thenOnlyTheirOwnHistoryCounts() {
        employees(key, "ann", "Engineering");
        employees(otherKey, "zed", "Engineering", "yan", "Engineering");
        signal(otherKey, "zed", "credential_submitted", "critical");
        eventually(
                () -> key.get("/v1/scores/summary"),
                r -> r.json().get("total_employees").asInt() == 1);
        eventually(
                () -> otherKey.get("/v1/scores/summary"),
                r -> r.json().get("average_score").asDouble() == 70.0);
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();

        var summary = key.get("/v1/scores/summary?as_of=" + now).json();
        assertThat(summary.get("total_employees").asInt()).isEqualTo(1);
        assertThat(summary.get("average_score").asDouble()).isEqualTo(100.0);
        var departments = key.get("/v1/scores/departments?as_of=" + now).json().get("data");
        assertThat(departments).hasSize(1);
        assertThat(departments.get(0).get("employee_count").asInt()).isEqualTo(1);
        assertThat(key.get("/api/v1/dashboard/summary?as_of=" + now)
                        .data()
                        .get("employeeCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(otherKey.get("/v1/scores/summary?as_of=" + now)
                        .json()
                        .get("total_employees")
                        .asInt())
                .isEqualTo(2);
        assertError(key.get("/v1/scores/summary?tenantId=" + otherCompany + "&as_of=" + now), 403, "FORBIDDEN");
    }

    @Test
    void givenAsOfBeforeTheTenantHadData_whenAsked_thenTheEmptyTenantFigures() {
        employees(key, "ann", "Engineering");
        signal(key, "ann", "phishing_click", "high");
        eventually(
                () -> key.get("/v1/scores/summary"),
                r -> r.json().get("average_score").asDouble() == 70.0);
        var emptyCompany = new Directory(api()).company("Empty As-of MSP", "enterprise");

        for (var route : ROUTES) {
            var empty = api().get(route + "?tenantId=" + emptyCompany).json();
            for (var asOf : List.of("2020-01-01", "1970-01-01T00:00:00Z", "1970-01-01")) {
                var response = key.get(route + "?as_of=" + asOf);
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                var asked = without(response.json(), "as_of");
                if (route.startsWith("/api")) {
                    ((ObjectNode) asked.get("data")).remove("asOf");
                }
                assertThat(asked).as(route + " " + asOf).isEqualTo(empty);
            }
        }
    }

    @Test
    void givenMalformedOrFutureAsOf_whenAsked_thenValidationError() {
        var future = clock.instant()
                .plus(Duration.ofHours(1))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        var tomorrow =
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1).toString();
        for (var route : ROUTES) {
            for (var bad : List.of(
                    "yesterday", "2026-02-30", "2026-11-24T09:30:00", "1700000000", future, tomorrow, "-5000-01-01")) {
                var response = key.get(route + "?as_of=" + bad);
                assertError(response, 422, "VALIDATION_ERROR");
                assertThat(response.json().path("error").path("details").has("as_of"))
                        .as(route + " " + bad)
                        .isTrue();
            }
            assertThat(key.get(route + "?as_of=").status()).as(route).isEqualTo(200);
            assertThat(key.get(route + "?as_of="
                                    + clock.instant().minusSeconds(5).toString().replace("Z", "%2B00:00"))
                            .status())
                    .as(route)
                    .isEqualTo(200);
        }
    }

    private void employees(HttpApi as, String... nameAndDepartment) {
        var items = new StringBuilder();
        for (int i = 0; i < nameAndDepartment.length; i += 2) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"email\": \"%s@%s\", \"department\": \"%s\"}"
                            .formatted(nameAndDepartment[i], domain, nameAndDepartment[i + 1]));
        }
        var response = put(as, "/api/v1/employees", "{\"employees\": [" + items + "]}");
        assertSuccess(response, 200);
    }

    private void signal(HttpApi as, String name, String type, String severity) {
        var response = as.post("/api/v1/signals", """
                {"signals": [{"externalId": "%s", "source": "knowbe4", "type": "%s", "severity": "%s",
                 "occurredAt": "%s", "employee": {"email": "%s@%s"}}]}""".formatted(
                UUID.randomUUID(), type, severity, clock.instant().truncatedTo(ChronoUnit.MILLIS), name, domain));
        assertSuccess(response, 200);
        assertThat(response.data().get("ingested").asInt())
                .as(response.toString())
                .isEqualTo(1);
    }

    private void finding(HttpApi as) {
        var seen = clock.instant().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        var response = as.post("/api/v1/integrations/securityscorecard/signal-ingest", """
                {"signals": [{"id": "ssc-%s", "issueType": "patching_cadence_high", "factor": "patching_cadence",
                 "severity": "high", "firstSeen": "%s", "lastSeen": "%s", "domain": "%s"}]}""".formatted(
                        UUID.randomUUID(), seen, seen, domain));
        assertSuccess(response, 200);
    }

    private static List<Integer> counts(JsonNode buckets) {
        var counts = new java.util.ArrayList<Integer>();
        buckets.forEach(bucket -> counts.add(bucket.get("count").asInt()));
        return counts;
    }

    private static JsonNode without(JsonNode node, String field) {
        ((ObjectNode) node).remove(field);
        return node;
    }
}
