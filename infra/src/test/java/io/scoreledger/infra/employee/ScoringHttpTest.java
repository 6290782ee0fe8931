package io.scoreledger.infra.employee;

import static io.scoreledger.infra.employee.ScoreTesting.eventually;
import static io.scoreledger.infra.employee.ScoreTesting.put;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.scoreledger.infra.employee.ScoreTesting.DocumentedModel;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signals in, scores out: every number the Scores API and the dashboard show is checked against the documented model
 * (docs/scoring.md), computed here independently of the service's own code.
 */
class ScoringHttpTest extends ApplicationTest {

    private HttpApi key;
    private String domain;

    @BeforeEach
    void setUp() {
        var directory = new Directory(api());
        var company = directory.company("Scoring MSP", "enterprise");
        var admin = api().withToken(directory.user(company, "msp_admin").token());
        key = api().withToken(Directory.apiKey(
                admin, company, "employees:write", "signals:write", "scores:read", "read:dashboard"));
        domain = UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    private record Sent(String email, String type, String severity, Duration age) {}

    private String email(String name) {
        return name + "@" + domain;
    }

    private List<String> upsert(String json) {
        var response = put(key, "/api/v1/employees", json);
        assertSuccess(response, 200);
        var ids = new ArrayList<String>();
        response.data().get("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private HttpApi.Response ingest(List<Sent> signals, Instant now) {
        var items = new ArrayList<String>();
        for (var s : signals) {
            items.add("""
                    {"externalId": "%s", "source": "knowbe4", "type": "%s", "severity": "%s",
                     "occurredAt": "%s", "employee": {"email": "%s"}, "details": {"campaign": "Q4"}}""".formatted(UUID.randomUUID(), s.type(), s.severity(), now.minus(s.age()), s.email()));
        }
        var response = key.post("/api/v1/signals", "{\"signals\": [" + String.join(",", items) + "]}");
        assertSuccess(response, 200);
        return response;
    }

    /**
     * The employee's detail once the read model shows all its signals and the score computed from them: signals and
     * score changes are separate events, so for a moment the one may be visible without the other.
     */
    private JsonNode detailWhen(String employeeId, List<DocumentedModel.Signal> signals) {
        var response = eventually(
                () -> key.get("/v1/scores/employees/" + employeeId),
                r -> r.status() == 200
                        && r.json().get("signals").size() == signals.size()
                        && r.json().get("score").asInt()
                                == DocumentedModel.score(
                                        signals,
                                        Instant.parse(r.json().get("scored_at").asText())));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("signals")).as(response.toString()).hasSize(signals.size());
        return response.json();
    }

    @Test
    void givenKnownSignals_whenScored_thenEveryAggregateMatchesTheDocumentedModel() {
        var ids = upsert("""
                {"employees": [
                  {"email": "%s", "name": "Ann", "department": "Engineering"},
                  {"email": "%s", "name": "Bob", "department": "Engineering"},
                  {"email": "%s", "name": "Cat", "department": "Sales"},
                  {"email": "%s", "name": "Eve", "department": "Sales"}]}""".formatted(email("ann"), email("bob"), email("cat"), email("eve")));
        var sent = List.of(
                new Sent(email("ann"), "phishing_click", "high", Duration.ofDays(1)),
                new Sent(email("ann"), "training_completed", "medium", Duration.ofDays(5)),
                new Sent(email("bob"), "credential_submitted", "critical", Duration.ofDays(3)),
                new Sent(email("bob"), "malware_detected", "high", Duration.ofDays(10)),
                new Sent(email("cat"), "mfa_disabled", "medium", Duration.ofDays(5)),
                new Sent(email("cat"), "phish_reported", "low", Duration.ofDays(1)),
                new Sent(email("eve"), "breached_password", "high", Duration.ofDays(7)),
                new Sent(email("dan"), "policy_violation", "low", Duration.ofHours(1)));
        var now = Instant.now();

        var ingested = ingest(sent, now).data();

        assertThat(ingested.get("ingested").asInt()).isEqualTo(8);
        assertThat(ingested.get("duplicates").asInt()).isZero();
        assertThat(ingested.get("linked").asInt()).isEqualTo(7);
        assertThat(ingested.get("rejected")).isEmpty();

        var danRow = eventually(
                () -> key.get("/v1/scores/employees?limit=200"),
                r -> r.status() == 200 && r.body().contains(email("dan")));
        String danId = null;
        for (var row : danRow.json().get("data")) {
            if (row.get("email").asText().equals(email("dan"))) {
                danId = row.get("employee_id").asText();
            }
        }
        assertThat(danId).as(danRow.toString()).isNotNull();
        var idsByEmail = new LinkedHashMap<String, String>();
        idsByEmail.put(email("ann"), ids.get(0));
        idsByEmail.put(email("bob"), ids.get(1));
        idsByEmail.put(email("cat"), ids.get(2));
        idsByEmail.put(email("eve"), ids.get(3));
        idsByEmail.put(email("dan"), danId);
        var departments = Map.of(
                email("ann"), "Engineering", email("bob"), "Engineering", email("cat"), "Sales", email("eve"), "Sales");

        var expectedScores = new LinkedHashMap<String, Integer>();
        for (var entry : idsByEmail.entrySet()) {
            var signals = sent.stream()
                    .filter(s -> s.email().equals(entry.getKey()))
                    .map(s -> new DocumentedModel.Signal(s.type(), s.severity(), now.minus(s.age())))
                    .toList();
            var detail = detailWhen(entry.getValue(), signals);
            var scoredAt = Instant.parse(detail.get("scored_at").asText());
            int expected = DocumentedModel.score(signals, scoredAt);
            expectedScores.put(entry.getKey(), expected);

            assertThat(detail.get("employee_id").asText()).isEqualTo(entry.getValue());
            assertThat(detail.get("email").asText()).isEqualTo(entry.getKey());
            assertThat(detail.get("score").asInt()).as(entry.getKey()).isEqualTo(expected);
            assertThat(detail.get("band").asText()).isEqualTo(DocumentedModel.band(expected));
            assertThat(detail.get("model_version").asText()).isEqualTo(DocumentedModel.VERSION);
            var byFactor = new LinkedHashMap<String, Double>();
            for (var signal : signals) {
                byFactor.merge(signal.type(), DocumentedModel.signedWeight(signal, scoredAt), Double::sum);
            }
            var contributions = new LinkedHashMap<String, Double>();
            detail.get("contributions")
                    .forEach(c -> contributions.put(
                            c.get("factor").asText(), c.get("points").asDouble()));
            assertThat(contributions).containsOnlyKeys(byFactor.keySet());
            byFactor.forEach((factor, points) ->
                    assertThat(contributions.get(factor)).as(factor).isCloseTo(points, within(0.051)));
            var topRisk = byFactor.entrySet().stream()
                    .filter(e -> e.getValue() < 0)
                    .min(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
            assertThat(
                            detail.get("top_risk_factor").isNull()
                                    ? null
                                    : detail.get("top_risk_factor").asText())
                    .isEqualTo(topRisk);
            for (var signal : detail.get("signals")) {
                assertThat(signal.get("source").asText()).isEqualTo("knowbe4");
                assertThat(signal.get("disputed").asBoolean()).isFalse();
                assertThat(signal.get("signal_id").asText()).startsWith("sig_");
            }
        }
        assertThat(expectedScores.values()).containsExactly(80, 10, 88, 72, 95);

        var scores = List.copyOf(expectedScores.values());
        var sorted = scores.stream().sorted().toList();
        double expectedAverage =
                Math.round(scores.stream().mapToInt(Integer::intValue).sum() * 10.0 / scores.size()) / 10.0;
        int expectedMedian = sorted.get((sorted.size() + 1) / 2 - 1);

        var summary = eventually(
                () -> key.get("/v1/scores/summary"),
                r -> r.status() == 200
                        && r.json().get("average_score").asDouble() == expectedAverage
                        && r.json().get("total_employees").asInt() == 5);
        assertThat(summary.status()).isEqualTo(200);
        var s = summary.json();
        assertThat(s.has("success")).isFalse();
        assertThat(s.get("average_score").asDouble()).as(summary.toString()).isEqualTo(expectedAverage);
        assertThat(s.get("median_score").asInt()).isEqualTo(expectedMedian);
        assertThat(s.get("total_employees").asInt()).isEqualTo(5);
        var bands = s.get("band_distribution");
        assertThat(fieldNames(bands)).containsExactly("green", "yellow", "orange", "red", "critical");
        for (var band : List.of("green", "yellow", "orange", "red", "critical")) {
            long count = scores.stream()
                    .filter(score -> DocumentedModel.band(score).equals(band))
                    .count();
            assertThat(bands.get(band).get("count").asInt()).as(band).isEqualTo(count);
            assertThat(bands.get(band).get("percentage").asDouble())
                    .as(band)
                    .isEqualTo(Math.round(count * 1000.0 / scores.size()) / 10.0);
        }
        assertThat(s.get("trend").get("period").asText()).isEqualTo("30d");

        var distribution =
                key.get("/v1/scores/distribution?bucket_size=10").json().get("buckets");
        assertThat(distribution).hasSize(10);
        assertThat(distribution.get(9).get("range").asText()).isEqualTo("90-100");
        for (int i = 0; i < distribution.size(); i++) {
            int from = i * 10;
            int to = i == 9 ? 100 : from + 9;
            long count = scores.stream()
                    .filter(score -> score >= from && score <= to)
                    .count();
            assertThat(distribution.get(i).get("range").asText()).isEqualTo(from + "-" + to);
            assertThat(distribution.get(i).get("count").asInt())
                    .as(from + "-" + to)
                    .isEqualTo(count);
        }
        var salesOnly =
                key.get("/v1/scores/distribution?department=Sales").json().get("buckets");
        assertThat(salesOnly).hasSize(20);
        int salesTotal = 0;
        for (var bucket : salesOnly) {
            salesTotal += bucket.get("count").asInt();
        }
        assertThat(salesTotal).isEqualTo(2);

        var byDepartment = key.get("/v1/scores/departments").json().get("data");
        var seen = new LinkedHashMap<String, JsonNode>();
        byDepartment.forEach(d -> seen.put(
                d.get("department").isNull() ? null : d.get("department").asText(), d));
        assertThat(seen.keySet()).containsExactly("Engineering", "Sales", null);
        for (var department : List.of("Engineering", "Sales")) {
            var members = expectedScores.entrySet().stream()
                    .filter(e -> department.equals(departments.get(e.getKey())))
                    .map(Map.Entry::getValue)
                    .toList();
            var row = seen.get(department);
            assertThat(row.get("employee_count").asInt()).isEqualTo(members.size());
            assertThat(row.get("average_score").asDouble())
                    .isEqualTo(Math.round(
                                    members.stream().mapToInt(Integer::intValue).sum() * 10.0 / members.size())
                            / 10.0);
            assertThat(fieldNames(row.get("band_distribution")))
                    .containsExactly("green", "yellow", "orange", "red", "critical");
        }
        assertThat(seen.get(null).get("employee_count").asInt()).isEqualTo(1);

        var risks = key.get("/v1/scores/top-risks?limit=3").json().get("data");
        var lowest = expectedScores.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .limit(3)
                .toList();
        assertThat(risks).hasSize(3);
        for (int i = 0; i < 3; i++) {
            var risk = risks.get(i);
            assertThat(risk.get("email").asText()).isEqualTo(lowest.get(i).getKey());
            assertThat(risk.get("employee_id").asText())
                    .isEqualTo(idsByEmail.get(lowest.get(i).getKey()));
            assertThat(risk.get("score").asInt()).isEqualTo(lowest.get(i).getValue());
            assertThat(risk.get("band").asText())
                    .isEqualTo(DocumentedModel.band(lowest.get(i).getValue()));
            assertThat(risk.has("score_change_30d")).isTrue();
        }
        assertThat(risks.get(0).get("top_risk_factor").asText()).isEqualTo("credential_submitted");

        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        var trend = key.get("/v1/scores/trends").json().get("data");
        assertThat(trend).as(trend.toString()).hasSize(1);
        assertThat(trend.get(0).get("date").asText()).isEqualTo(today);
        assertThat(trend.get(0).get("average_score").asDouble()).isEqualTo(expectedAverage);
        assertThat(trend.get(0).get("median_score").asInt()).isEqualTo(expectedMedian);
        assertThat(trend.get(0).get("employee_count").asInt()).isEqualTo(5);
        var engineeringTrend = key.get("/v1/scores/trends?department=Engineering&interval=weekly&from=" + today)
                .json()
                .get("data");
        assertThat(engineeringTrend).hasSize(1);
        assertThat(engineeringTrend.get(0).get("employee_count").asInt()).isEqualTo(2);
        var dashboardTrend = key.get("/api/v1/dashboard/trends?range=90d");
        assertSuccess(dashboardTrend, 200);
        assertThat(dashboardTrend.data().get("range").asText()).isEqualTo("90d");
        assertThat(dashboardTrend.data().get("scoreSeries")).hasSize(1);
        assertThat(dashboardTrend.data().get("scoreSeries").get(0).get("date").asText())
                .isEqualTo(today);
        assertThat(dashboardTrend
                        .data()
                        .get("scoreSeries")
                        .get(0)
                        .get("overallScore")
                        .asInt())
                .isEqualTo((int) Math.round(expectedAverage));

        var paged = new ArrayList<Integer>();
        String cursor = null;
        int pages = 0;
        do {
            var page = key.get("/v1/scores/employees?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            assertThat(page.get("data").size()).isLessThanOrEqualTo(2);
            page.get("data").forEach(row -> paged.add(row.get("score").asInt()));
            cursor = page.get("next_cursor").isNull()
                    ? null
                    : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(paged).containsExactlyElementsOf(sorted);
        var redOrWorse = key.get("/v1/scores/employees?band=critical").json().get("data");
        assertThat(redOrWorse)
                .hasSize((int) scores.stream().filter(score -> score < 20).count());

        var dashboard = key.get("/api/v1/dashboard/summary");
        assertSuccess(dashboard, 200);
        int overall = (int) Math.round(expectedAverage);
        assertThat(dashboard.data().get("overallScore").asInt()).isEqualTo(overall);
        assertThat(dashboard.data().get("riskLevel").asText())
                .isEqualTo(overall >= 80 ? "Low" : overall >= 60 ? "Moderate" : overall >= 40 ? "High" : "Critical");
        assertThat(dashboard.data().get("formulaVersion").asText())
                .isEqualTo(io.scoreledger.employee.model.DashboardFormula.VERSION);
        assertThat(dashboard.data().get("employeeCount").asInt()).isEqualTo(5);
        assertThat(dashboard.data().get("employeeAverage").asDouble()).isEqualTo(expectedAverage);
        assertThat(dashboard.data().get("organizationScore").isNull()).isTrue();

        var finding = """
                {"signals": [{"id": "ssc-%s", "issueType": "patching_cadence_high", "factor": "patching_cadence",
                 "severity": "high", "firstSeen": "%s", "lastSeen": "%s", "domain": "%s"}]}""".formatted(UUID.randomUUID(), now.minusSeconds(60), now.minusSeconds(60), domain);
        assertSuccess(key.post("/api/v1/integrations/securityscorecard/signal-ingest", finding), 200);
        var withOrganization = eventually(
                () -> key.get("/api/v1/dashboard/summary"),
                r -> !r.data().get("organizationScore").isNull());
        var organizationScore = withOrganization.data().get("organizationScore").asInt();
        assertThat(organizationScore).as(withOrganization.toString()).isBetween(0, 99);
        int weighed = (int) Math.round(0.8 * expectedAverage + 0.2 * organizationScore);
        assertThat(withOrganization.data().get("overallScore").asInt()).isEqualTo(weighed);
    }

    @Test
    void givenTheSameSourceAndExternalId_whenSentAgain_thenCountedAsDuplicateAndNotApplied() {
        var id = upsert("{\"employees\": [{\"email\": \"%s\"}]}".formatted(email("dup")))
                .getFirst();
        var occurred = Instant.now().minus(Duration.ofHours(2));
        var click = """
                {"externalId": "evt-1", "source": "proofpoint", "type": "phishing_click", "severity": "medium",
                 "occurredAt": "%s", "employee": {"id": "%s"}}""".formatted(occurred, id);

        var first = key.post("/api/v1/signals", "{\"signals\": [" + click + "," + click + "]}");

        assertSuccess(first, 200);
        assertThat(first.data().get("ingested").asInt()).isEqualTo(1);
        assertThat(first.data().get("duplicates").asInt()).isEqualTo(1);
        var clickSignal = new DocumentedModel.Signal("phishing_click", "medium", occurred);
        var detail = detailWhen(id, List.of(clickSignal));
        assertThat(detail.get("score").asInt())
                .isEqualTo(DocumentedModel.score(
                        List.of(clickSignal),
                        Instant.parse(detail.get("scored_at").asText())));

        var again = key.post("/api/v1/signals", "{\"signals\": [" + click + "]}");

        assertSuccess(again, 200);
        assertThat(again.data().get("ingested").asInt()).isZero();
        assertThat(again.data().get("duplicates").asInt()).isEqualTo(1);
        var otherSource = click.replace("proofpoint", "knowbe4");
        assertThat(key.post("/api/v1/signals", "{\"signals\": [" + otherSource + "]}")
                        .data()
                        .get("ingested")
                        .asInt())
                .isEqualTo(1);
        var after = detailWhen(id, List.of(clickSignal, clickSignal));
        assertThat(after.get("signals"))
                .extracting(s -> s.get("source").asText())
                .containsExactlyInAnyOrder("proofpoint", "knowbe4");
    }

    @Test
    void givenARiskSignal_whenDisputed_thenTheScoreIsRestoredAndTheSignalKept() {
        var id = upsert("{\"employees\": [{\"email\": \"%s\"}]}".formatted(email("disputer")))
                .getFirst();
        var now = Instant.now();
        ingest(List.of(new Sent(email("disputer"), "credential_submitted", "high", Duration.ofDays(2))), now);
        var detail = detailWhen(
                id, List.of(new DocumentedModel.Signal("credential_submitted", "high", now.minus(Duration.ofDays(2)))));
        assertThat(detail.get("score").asInt()).isLessThan(100);
        var signalId = detail.get("signals").get(0).get("signal_id").asText();

        var disputed =
                key.post("/api/v1/signals/" + signalId + "/dispute", "{\"reason\": \"Link scanner, not a person\"}");

        assertSuccess(disputed, 200);
        assertThat(disputed.data().get("signalId").asText()).isEqualTo(signalId);
        assertThat(disputed.data().get("disputed").asBoolean()).isTrue();
        var restored = eventually(
                () -> key.get("/v1/scores/employees/" + id),
                r -> r.json().path("score").asInt() == 100);
        assertThat(restored.json().get("score").asInt()).as(restored.toString()).isEqualTo(100);
        assertThat(restored.json().get("band").asText()).isEqualTo("green");
        assertThat(restored.json().get("signals")).hasSize(1);
        var signal = restored.json().get("signals").get(0);
        assertThat(signal.get("disputed").asBoolean()).isTrue();
        assertThat(signal.get("disputed_at").isNull()).isFalse();
        assertThat(restored.json().get("top_risk_factor").isNull()).isTrue();
    }

    @Test
    void givenAnUnknownEmail_whenSignalled_thenTheEmployeeIsCreatedAndLaterSignalsLink() {
        var newcomer = email("newcomer");

        var first = ingest(List.of(new Sent(newcomer, "phishing_click", "low", Duration.ofHours(3))), Instant.now());

        assertThat(first.data().get("ingested").asInt()).isEqualTo(1);
        assertThat(first.data().get("linked").asInt()).isZero();
        var second = ingest(List.of(new Sent(newcomer, "mfa_enabled", "medium", Duration.ofHours(1))), Instant.now());
        assertThat(second.data().get("ingested").asInt()).isEqualTo(1);
        assertThat(second.data().get("linked").asInt()).isEqualTo(1);
        var listed = eventually(
                () -> key.get("/v1/scores/employees"),
                r -> r.status() == 200 && r.body().contains(newcomer));
        assertThat(listed.json().get("data"))
                .filteredOn(row -> row.get("email").asText().equals(newcomer))
                .hasSize(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
