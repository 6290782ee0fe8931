package io.scoreledger.infra.identity;

import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route, asked by tenant A's credentials about tenant B: 403 or 404, and nothing of B in the answer — not even
 * whether an id exists.
 */
class TenantIsolationHttpTest extends ApplicationTest {

    private static final String SECRET_NAME = "Bravo Secret Holdings";

    private Directory directory;
    private String companyA;
    private String companyB;
    private String clientB;
    private String userB;
    private String keyB;
    private String employeeB;
    private String signalB;
    private static final String SECRET_EMAIL = "bravo-secret-employee@bravo.example";
    private Map<String, HttpApi> credentialsOfA;

    @BeforeEach
    void twoTenants() {
        directory = new Directory(api());
        companyA = directory.company("Alpha MSP", "enterprise");
        companyB = directory.company(SECRET_NAME, "enterprise");
        clientB = directory.client(companyB, SECRET_NAME + " Client");
        userB = directory.user(companyB, "auditor").userId();
        var adminB = api().withToken(directory.user(companyB, "msp_admin").token());
        keyB = adminB.post("/api/v1/api-keys", "{\"name\": \"b\", \"scopes\": [\"companies:read\"]}")
                .data()
                .get("apiKeyMeta")
                .get("id")
                .asText();

        var upserted = api().send(
                        "PUT",
                        "/api/v1/employees",
                        """
                {"tenantId": "%s", "employees": [{"email": "%s", "department": "Bravo Secret Dept"}]}""".formatted(companyB, SECRET_EMAIL),
                        List.of("Content-Type", "application/json"));
        employeeB = upserted.data().get("ids").get(0).asText();
        api().post("/api/v1/signals", """
                {"tenantId": "%s", "signals": [{"externalId": "b-1", "source": "knowbe4", "type": "phishing_click",
                 "severity": "high", "occurredAt": "%s", "employee": {"id": "%s"}}]}""".formatted(
                        companyB, java.time.Instant.now().minusSeconds(60), employeeB));
        signalB = awaitSignalOf(companyB, employeeB);

        var adminA = directory.user(companyA, "msp_admin");
        var jwtA = api().withToken(adminA.token());
        var everyGrantableScope = List.of(
                "companies:read",
                "clients:read",
                "clients:write",
                "users:read",
                "users:write",
                "scores:read",
                "read:dashboard",
                "signals:write",
                "policies:read",
                "policies:write",
                "assessments:read",
                "assessments:write",
                "webhooks:manage",
                "audit:read",
                "reports:read",
                "reports:write");
        var keyA = api().withToken(Directory.apiKey(jwtA, companyA, everyGrantableScope.toArray(String[]::new)));
        var session = jwtA.post("/api/v1/auth/session", "").header("Set-Cookie");
        var cookie = session.substring(0, session.indexOf(';'));
        credentialsOfA = new LinkedHashMap<>();
        credentialsOfA.put("msp_admin JWT", jwtA);
        credentialsOfA.put("API key", keyA);
        credentialsOfA.put("session cookie", api().withToken(null));
        sessionCookie = cookie;
    }

    private String sessionCookie;

    private record Probe(String method, String path, String body, List<Integer> allowed) {}

    private List<Probe> probesOfB() {
        var forbidden = List.of(403);
        var hidden = List.of(404);
        var refused = List.of(403, 404);
        return List.of(
                new Probe("GET", "/api/v3/companies/" + companyB, null, forbidden),
                new Probe("GET", "/api/v3/companies/cmp_doesNotExist00000000", null, forbidden),
                new Probe("GET", "/api/v3/companies/" + companyB + "/clients", null, forbidden),
                new Probe("POST", "/api/v3/companies/" + companyB + "/clients", "{\"name\": \"Intruder\"}", forbidden),
                new Probe("GET", "/api/v3/companies/" + companyB + "/clients/" + clientB, null, forbidden),
                new Probe(
                        "PATCH",
                        "/api/v3/companies/" + companyB + "/clients/" + clientB,
                        "{\"status\": \"INACTIVE\"}",
                        forbidden),
                new Probe("GET", "/api/v3/companies/" + companyA + "/clients/" + clientB, null, hidden),
                new Probe(
                        "PATCH",
                        "/api/v3/companies/" + companyA + "/clients/" + clientB,
                        "{\"status\": \"INACTIVE\"}",
                        hidden),
                new Probe(
                        "POST",
                        "/api/v3/companies",
                        "{\"name\": \"X\", \"email\": \"x@y.co\", \"subscription_package\": \"plus\"}",
                        forbidden),
                new Probe(
                        "POST",
                        "/api/v4/users",
                        "{\"name\": \"X\", \"email\": \"intruder@example.com\", \"role\": \"msp_admin\", \"company_id\": \""
                                + companyB + "\"}",
                        forbidden),
                new Probe("GET", "/api/v4/users?company_id=" + companyB, null, forbidden),
                new Probe("DELETE", "/api/v4/users/" + userB, null, hidden),
                new Probe("GET", "/api/v1/api-keys?tenantId=" + companyB, null, forbidden),
                new Probe(
                        "POST",
                        "/api/v1/api-keys",
                        "{\"tenantId\": \"" + companyB + "\", \"name\": \"x\", \"scopes\": [\"companies:read\"]}",
                        forbidden),
                new Probe("DELETE", "/api/v1/api-keys/" + keyB, null, refused),
                new Probe("DELETE", "/api/v1/api-keys/" + keyB + "?tenantId=" + companyB, null, forbidden),
                new Probe(
                        "PUT",
                        "/api/v1/employees",
                        "{\"tenantId\": \"" + companyB + "\", \"employees\": [{\"email\": \"x@y.example\"}]}",
                        forbidden),
                new Probe(
                        "POST",
                        "/api/v1/signals",
                        "{\"tenantId\": \"" + companyB
                                + "\", \"signals\": [{\"externalId\": \"i\", \"source\": \"s\", \"type\": \"phishing_click\", \"severity\": \"low\", \"occurredAt\": \"2026-01-01T00:00:00Z\", \"employee\": {\"id\": \""
                                + employeeB + "\"}}]}",
                        forbidden),
                new Probe("POST", "/api/v1/signals/" + signalB + "/dispute", "{\"reason\": \"mine\"}", hidden),
                new Probe(
                        "POST",
                        "/api/v1/signals/" + signalB + "/dispute",
                        "{\"tenantId\": \"" + companyB + "\", \"reason\": \"mine\"}",
                        forbidden),
                new Probe(
                        "POST",
                        "/api/v1/integrations/securityscorecard/signal-ingest",
                        "{\"tenantId\": \"" + companyB + "\", \"signals\": []}",
                        forbidden),
                new Probe("GET", "/v1/scores/summary?tenantId=" + companyB, null, forbidden),
                new Probe("GET", "/v1/scores/departments?tenantId=" + companyB, null, forbidden),
                new Probe("GET", "/v1/scores/distribution?tenantId=" + companyB, null, forbidden),
                new Probe("GET", "/v1/scores/trends?tenantId=" + companyB, null, forbidden),
                new Probe("GET", "/v1/scores/top-risks?tenantId=" + companyB, null, forbidden),
                new Probe("GET", "/v1/scores/employees?tenantId=" + companyB, null, forbidden),
                new Probe("GET", "/v1/scores/employees/" + employeeB, null, hidden),
                new Probe("GET", "/v1/scores/employees/" + employeeB + "?tenantId=" + companyB, null, forbidden),
                new Probe("GET", "/api/v1/dashboard/summary?tenantId=" + companyB, null, forbidden),
                new Probe("GET", "/api/v1/dashboard/trends?tenantId=" + companyB, null, forbidden));
    }

    @Test
    void givenTenantACredentials_whenAskingForTenantB_thenRefusedAndNothingLeaks() {
        var failures = new ArrayList<String>();
        credentialsOfA.forEach((credential, api) -> {
            for (var probe : probesOfB()) {
                var response = api.send(probe.method(), probe.path(), probe.body(), headersFor(credential, probe));
                if (!probe.allowed().contains(response.status())
                        || response.body().contains(SECRET_NAME)
                        || response.body().contains(SECRET_EMAIL)
                        || response.body().contains("Bravo Secret Dept")
                        || response.json().path("success").asBoolean(true)) {
                    failures.add(credential + " " + probe.method() + " " + probe.path() + " -> " + response);
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void givenTenantACredentials_whenSelectingTenantBByHeader_thenForbiddenWithTheSeedsMessage() {
        var response = credentialsOfA
                .get("msp_admin JWT")
                .send("GET", "/api/v1/api-keys", (String) null, List.of("x-tenant-id", companyB));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("error").path("message").asText())
                .isEqualTo("You are not authorized for this tenant context.");
    }

    @Test
    void givenForeignIds_whenExistingOrNot_thenTheAnswersAreIdentical() {
        var jwtA = credentialsOfA.get("msp_admin JWT");
        var existing = jwtA.get("/api/v3/companies/" + companyB);
        var missing = jwtA.get("/api/v3/companies/cmp_doesNotExist00000000");

        assertThat(existing.status()).isEqualTo(missing.status());
        assertThat(existing.body()).isEqualTo(missing.body());
    }

    @Test
    void givenTenantACredentials_whenListing_thenOnlyTenantAAppears() {
        credentialsOfA.forEach((credential, api) -> {
            var cookie = credential.equals("session cookie") ? List.of("Cookie", sessionCookie) : List.<String>of();
            var companies = api.send("GET", "/api/v3/companies", (String) null, cookie);
            assertSuccess(companies, 200);
            assertThat(companies.body())
                    .as(credential)
                    .doesNotContain(SECRET_NAME)
                    .contains(companyA);
            var users = api.send("GET", "/api/v4/users?per_page=100", (String) null, cookie);
            assertSuccess(users, 200);
            assertThat(users.body()).as(credential).doesNotContain(companyB);
        });
    }

    @Test
    void givenCompanyUser_whenReadingClients_thenOnlyAssignedClientsExist() {
        var assigned = directory.client(companyA, "Assigned");
        var other = directory.client(companyA, "Not Assigned");
        var companyUser = api().withToken(directory
                .user(companyA, "company_user", List.of(assigned))
                .token());
        var clients = "/api/v3/companies/" + companyA + "/clients";

        var listed = companyUser.get(clients);

        assertSuccess(listed, 200);
        assertThat(listed.data()).hasSize(1);
        assertThat(listed.data().get(0).get("id").asText()).isEqualTo(assigned);
        assertSuccess(companyUser.get(clients + "/" + assigned), 200);
        assertThat(companyUser.get(clients + "/" + other).status()).isEqualTo(404);
        assertThat(companyUser.post(clients, "{\"name\": \"Nope\"}").status()).isEqualTo(403);
        assertThat(companyUser.get("/v1/scores/summary").status())
                .as("scores are not narrowed to clients")
                .isEqualTo(403);
        assertThat(companyUser.get("/api/v1/dashboard/summary").status()).isEqualTo(403);
    }

    /** The operator reads B's employee until the signal shows, and returns its id. */
    private String awaitSignalOf(String company, String employee) {
        var deadline = java.time.Instant.now().plusSeconds(5);
        while (java.time.Instant.now().isBefore(deadline)) {
            var detail = api().get("/v1/scores/employees/" + employee + "?tenantId=" + company);
            if (detail.status() == 200 && detail.json().path("signals").size() > 0) {
                return detail.json().path("signals").get(0).path("signal_id").asText();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("B's signal never became visible");
    }

    private List<String> headersFor(String credential, Probe probe) {
        var headers = new ArrayList<String>();
        if (probe.body() != null) {
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        if (credential.equals("session cookie")) {
            headers.addAll(List.of("Cookie", sessionCookie));
        }
        return headers;
    }
}
