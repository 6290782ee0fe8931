package io.scoreledger.infra.edge;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every date the API accepts lies between 1970-01-01 and 9999-12-31, and an occurrence no more than 5 minutes in the
 * future: outside that, a batch rejects the item alone and a single-item route answers 422, never 500.
 */
class DateRangeHttpTest extends ApplicationTest {

    private static final List<String> OUT_OF_RANGE = List.of(
            "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z");

    private String company;
    private HttpApi writer;

    @BeforeEach
    void setUp() {
        company = new Directory(api()).company("Dates MSP", "enterprise");
        writer = api().withToken(Directory.apiKey(api(), company, "employees:write", "signals:write", "scores:read"));
    }

    private static String signal(String externalId, String occurredAt, String employeeId) {
        return """
                {"externalId": "%s", "source": "knowbe4", "type": "phishing_click", "severity": "high", "occurredAt": "%s", "employee": {"id": "%s"}}""".formatted(externalId, occurredAt, employeeId);
    }

    private String employee() {
        var response = writer.send(
                "PUT",
                "/api/v1/employees",
                """
                {"employees": [{"email": "dates-%s@x.example"}]}""".formatted(UUID.randomUUID()),
                List.of("Content-Type", "application/json"));
        assertSuccess(response, 200);
        return response.data().get("ids").get(0).asText();
    }

    @Test
    void givenOccurrencesOutsideTheRange_whenIngested_thenEachIsRejectedAloneAndTheScoreStaysReadable() {
        var employee = employee();
        var items = new StringBuilder();
        for (int i = 0; i < OUT_OF_RANGE.size(); i++) {
            items.append(signal("old-" + i, OUT_OF_RANGE.get(i), employee)).append(",\n");
        }
        var recent = Instant.now()
                .minus(Duration.ofDays(1))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        items.append(signal("recent", recent, employee));

        var response = writer.post("/api/v1/signals", "{\"signals\": [" + items + "]}");

        assertSuccess(response, 200);
        assertThat(response.data().get("ingested").asInt())
                .as(response.toString())
                .isEqualTo(1);
        var rejected = response.data().get("rejected");
        assertThat(rejected).as(response.toString()).hasSize(OUT_OF_RANGE.size());
        for (int i = 0; i < OUT_OF_RANGE.size(); i++) {
            assertThat(rejected.get(i).get("index").asInt()).isEqualTo(i);
            assertThat(rejected.get(i).get("message").asText()).contains("occurredAt", "1970-01-01");
        }
        var detail = writer.get("/v1/scores/employees/" + employee);
        for (int attempt = 0; attempt < 100 && detail.json().path("score").asInt(100) == 100; attempt++) {
            sleep();
            detail = writer.get("/v1/scores/employees/" + employee);
        }
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        assertThat(detail.json().get("score").asInt()).as(detail.toString()).isLessThan(100);
    }

    @Test
    void givenAnOccurrenceAtTheEpoch_whenIngested_thenAccepted() {
        var response = writer.post(
                "/api/v1/signals", "{\"signals\": [" + signal("epoch", "1970-01-01T00:00:00Z", employee()) + "]}");

        assertSuccess(response, 200);
        assertThat(response.data().get("ingested").asInt())
                .as(response.toString())
                .isEqualTo(1);
    }

    @Test
    void givenAFindingSeenOutsideTheRange_whenIngestedFromSecurityScorecard_thenValidationErrorNamingTheField() {
        for (var when : OUT_OF_RANGE) {
            var response = api().post(
                            "/api/v1/integrations/securityscorecard/signal-ingest", """
                    {"tenantId": "%s", "signals": [{"id": "ssc-1", "issueType": "patching_cadence_high",
                     "factor": "patching_cadence", "severity": "high", "firstSeen": "%s", "lastSeen": "%s",
                     "domain": "x.example"}]}""".formatted(company, when, when));

            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().has("signals[0].lastSeen"))
                    .as(when + " " + response)
                    .isTrue();
            assertThat(response.details().has("signals[0].firstSeen"))
                    .as(when + " " + response)
                    .isTrue();
        }
    }

    @Test
    void givenFilterDatesOutsideTheRange_whenReading_thenValidationErrorNamingTheParameter() {
        var probes = List.of(
                new String[] {"/api/v1/audit/events?tenantId=" + company + "&from=-999999999-01-01T00:00:00Z", "from"},
                new String[] {"/api/v1/audit/events?tenantId=" + company + "&to=0000-06-01", "to"},
                new String[] {"/v1/scores/trends?tenantId=" + company + "&from=0001-01-01&to=0001-02-01", "to"},
                new String[] {"/v1/scores/summary?tenantId=" + company + "&as_of=-5000-01-01", "as_of"});
        for (var probe : probes) {
            var response = api().get(probe[0]);

            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().has(probe[1]))
                    .as(probe[0] + " " + response)
                    .isTrue();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
