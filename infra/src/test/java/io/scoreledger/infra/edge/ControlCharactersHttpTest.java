package io.scoreledger.infra.edge;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NUL and the other control characters are refused at the edge with 422 naming the field, wherever text comes in:
 * body fields, list items, query parameters, path variables, headers. JSON escapes are written "\\u0000" here so the
 * service receives the escape, as a client's JSON library would send it.
 */
class ControlCharactersHttpTest extends ApplicationTest {

    private String company;
    private String client;
    private HttpApi writer;

    @BeforeEach
    void setUp() {
        var directory = new Directory(api());
        company = directory.company("Control MSP", "enterprise");
        client = directory.client(company, "Initech");
        writer = api().withToken(Directory.apiKey(api(), company, "employees:write", "signals:write", "scores:read"));
    }

    @Test
    void givenNulInAQueryParameter_whenReading_thenValidationErrorNamingTheParameter() {
        var clientBase = "/api/v3/companies/" + company + "/clients/" + client;
        var probes = List.of(
                new String[] {"/api/v3/companies/" + company + "/clients?search=a%00b", "search"},
                new String[] {clientBase + "/policies?search=a%00b", "search"},
                new String[] {"/api/v1/audit/events?tenantId=" + company + "&type=a%00b", "type"},
                new String[] {"/api/v1/audit/events?tenantId=" + company + "&actor=a%00b", "actor"},
                new String[] {"/api/v1/audit/events?tenantId=" + company + "&aggregateId=a%00b", "aggregateId"},
                new String[] {"/v1/scores/employees?tenantId=" + company + "&department=a%00b", "department"},
                new String[] {clientBase + "/assessment-templates?category=a%00b", "category"},
                new String[] {clientBase + "/assessment-templates?category=a%01b", "category"},
                new String[] {"/api/v3/companies/" + company + "/clients?search=a%7Fb", "search"},
                new String[] {"/api/v3/companies/" + company + "/clients?search=a%0Ab", "search"});
        for (var probe : probes) {
            var response = api().get(probe[0]);

            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().has(probe[1]))
                    .as(probe[0] + " " + response)
                    .isTrue();
        }
    }

    @Test
    void givenControlCharacterInAPathVariable_whenReading_thenValidationErrorNamingIt() {
        var response = api().get("/api/v3/companies/" + company + "%01/clients");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("companyId")).as(response.toString()).isTrue();
    }

    @Test
    void givenTabInTheTenantHeader_whenReading_thenValidationErrorNamingTheHeader() {
        var response = api().send("GET", "/v1/scores/summary", (String) null, List.of("x-tenant-id", company + "\tx"));

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("x-tenant-id"))
                .as(response.toString())
                .isTrue();
    }

    @Test
    void givenNulOrLoneSurrogateInABodyField_whenCreating_thenValidationErrorNamingTheField() {
        for (var name : List.of("Evil\\u0000Corp", "Evil\\u001bCorp", "Evil\\ud800Corp", "Evil\\u007fCorp")) {
            var response = api().post("/api/v3/companies", """
                    {"name": "%s", "email": "it@%s.example", "subscription_package": "enterprise"}""".formatted(name, UUID.randomUUID()));

            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().has("name")).as(name + " " + response).isTrue();
        }
    }

    @Test
    void givenNulInAListItem_whenCreatingAnApiKey_thenTheItemIsNamed() {
        var response = api().post("/api/v1/api-keys", """
                {"tenantId": "%s", "name": "key", "scopes": ["scores:read", "scores:read\\u0000"]}""".formatted(company));

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("scopes[1]")).as(response.toString()).isTrue();
    }

    @Test
    void givenNulInAnEmployeesDepartment_whenUpserted_thenTheBatchIsRefusedNamingTheItem() {
        var response = writer.send(
                "PUT",
                "/api/v1/employees",
                """
                {"employees": [{"email": "ann-%s@x.example"}, {"email": "eve-%s@x.example", "department": "Ops\\u0000"}]}""".formatted(UUID.randomUUID(), UUID.randomUUID()),
                List.of("Content-Type", "application/json"));

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("employees[1].department"))
                .as(response.toString())
                .isTrue();
    }

    @Test
    void givenLineBreaks_whenCreatingAPolicy_thenAllowedInItsContentButNotInItsTitle() {
        var policies = "/api/v3/companies/" + company + "/clients/" + client + "/policies";

        var multiLine = api().post(policies, """
                {"title": "Acceptable Use", "description": "Line one\\r\\nLine two\\twith a tab", "content": "a\\nb"}""");
        assertSuccess(multiLine, 201);
        assertThat(multiLine.data().get("description").asText()).isEqualTo("Line one\r\nLine two\twith a tab");

        var titled = api().post(policies, "{\"title\": \"Acceptable\\nUse\"}");
        assertError(titled, 422, "VALIDATION_ERROR");
        assertThat(titled.details().has("title")).as(titled.toString()).isTrue();

        var nul = api().post(policies, "{\"title\": \"Acceptable Use\", \"content\": \"a\\u0000b\"}");
        assertError(nul, 422, "VALIDATION_ERROR");
        assertThat(nul.details().has("content")).as(nul.toString()).isTrue();
    }

    @Test
    void givenNulInSignalFields_whenIngested_thenEachSuchSignalIsRejectedAloneAndTheRestRecorded() {
        var email = "sig-" + UUID.randomUUID() + "@x.example";
        var response = writer.post("/api/v1/signals", """
                {"signals": [
                  {"externalId": "a\\u0000", "source": "knowbe4", "type": "phishing_click", "severity": "high", "occurredAt": "2026-01-01T00:00:00Z", "employee": {"email": "%1$s"}},
                  {"externalId": "b", "source": "know\\u0000be4", "type": "phishing_click", "severity": "high", "occurredAt": "2026-01-01T00:00:00Z", "employee": {"email": "%1$s"}},
                  {"externalId": "c", "source": "knowbe4", "type": "phishing_click", "severity": "high", "occurredAt": "2026-01-01T00:00:00Z", "employee": {"email": "e\\u0000%1$s"}},
                  {"externalId": "d", "source": "knowbe4", "type": "phishing_click", "severity": "high", "occurredAt": "2026-01-01T00:00:00Z", "employee": {"email": "%1$s"}, "details": {"subject": "x\\u0001"}},
                  {"externalId": "e", "source": "knowbe4", "type": "phishing_click", "severity": "high", "occurredAt": "2026-01-01T00:00:00Z", "employee": {"email": "%1$s"}, "details": {"subject": "Quarterly\\nbonus"}}
                ]}""".formatted(email));

        assertSuccess(response, 200);
        assertThat(response.data().get("ingested").asInt())
                .as(response.toString())
                .isEqualTo(1);
        var rejected = response.data().get("rejected");
        assertThat(rejected).hasSize(4);
        var fields = List.of("externalId", "source", "employee.email", "details");
        for (int i = 0; i < 4; i++) {
            assertThat(rejected.get(i).get("index").asInt()).isEqualTo(i);
            assertThat(rejected.get(i).get("code").asText()).isEqualTo("VALIDATION_ERROR");
            assertThat(rejected.get(i).get("message").asText()).contains(fields.get(i), "control character");
        }
    }
}
