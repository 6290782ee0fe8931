package io.scoreledger.infra.identity;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.api.security.Hashing;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.infra.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ApiKeysHttpTest extends ApplicationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    io.scoreledger.api.security.ApiKeyUsageRecorder usage;

    private Directory directory;
    private String company;
    private HttpApi admin;

    @BeforeEach
    void setUp() {
        directory = new Directory(api());
        company = directory.company("Keys MSP", "enterprise");
        admin = api().withToken(directory.user(company, "msp_admin").token());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void givenUser_whenCreatingKey_thenRawKeyShownOnceAndOnlyItsHashStored() {
        var created = admin.post("/api/v1/api-keys", """
                {"tenantId": "%s", "name": "CI runner", "scopes": ["read:dashboard", "companies:read"], "expiresInDays": 90}""".formatted(company));

        assertSuccess(created, 201);
        var raw = created.data().get("apiKey").asText();
        assertThat(raw).matches("crp\\.[0-9A-Za-z]{16}\\.[0-9A-Za-z]{32}");
        var meta = created.data().get("apiKeyMeta");
        assertThat(meta.get("name").asText()).isEqualTo("CI runner");
        assertThat(meta.get("id").asText()).matches("key_[0-9A-Za-z]{20}");
        assertThat(meta.get("expiresAt").asText()).isNotBlank();
        var secret = raw.substring(raw.lastIndexOf('.') + 1);
        var lookup = raw.split("\\.")[1];

        var stored = jdbc.queryForMap("select * from read_model.api_key where lookup = ?", lookup);
        assertThat(stored.get("secret_sha256")).isEqualTo(Hashing.sha256Hex(secret));
        assertThat(stored.values().toString()).doesNotContain(secret);
        var eventsWithSecret = jdbc.queryForList("select payload from domainevententry", byte[].class).stream()
                .map(payload -> new String(payload, StandardCharsets.UTF_8))
                .filter(payload -> payload.contains(secret))
                .count();
        assertThat(eventsWithSecret).isZero();

        var listed = admin.get("/api/v1/api-keys?tenantId=" + company);
        assertSuccess(listed, 200);
        assertThat(listed.data().get("items")).hasSize(1);
        assertThat(listed.body()).doesNotContain(secret).doesNotContain(raw);
        assertThat(listed.data().get("items").get(0).get("status").asText()).isEqualTo("active");
    }

    @Test
    void givenKey_whenUsedAsBearerOrHeader_thenActsWithinItsScopesAndTenant() {
        var raw = Directory.apiKey(admin, company, "companies:read");
        var asBearer = api().withToken(raw);
        var asHeader = api().withToken(null);

        assertSuccess(asBearer.get("/api/v3/companies/" + company), 200);
        assertSuccess(
                asHeader.send("GET", "/api/v3/companies/" + company, (String) null, List.of("x-api-key", raw)), 200);
        var listed = asBearer.get("/api/v3/companies");
        assertThat(listed.data()).hasSize(1);

        var denied = asBearer.get("/api/v3/companies/" + company + "/clients");
        assertError(denied, 403, "FORBIDDEN");
        assertThat(denied.json().path("error").path("message").asText()).contains("clients:read");
    }

    @Test
    void givenKey_whenUsed_thenLastUsedIsRecordedInABatch() {
        var raw = Directory.apiKey(admin, company, "companies:read");
        assertSuccess(api().withToken(raw).get("/api/v3/companies/" + company), 200);

        ((BatchedApiKeyUsage) usage).flush();

        var key = admin.get("/api/v1/api-keys?tenantId=" + company)
                .data()
                .get("items")
                .get(0);
        assertThat(key.get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void givenKey_whenRevoked_thenRefusedFromTheNextRequest() {
        var created = admin.post("/api/v1/api-keys", """
                {"tenantId": "%s", "name": "temp", "scopes": ["companies:read"]}""".formatted(company));
        var raw = created.data().get("apiKey").asText();
        var id = created.data().get("apiKeyMeta").get("id").asText();
        assertSuccess(api().withToken(raw).get("/api/v3/companies/" + company), 200);

        var revoked = admin.send("DELETE", "/api/v1/api-keys/" + id, (String) null, List.of());

        assertSuccess(revoked, 200);
        assertThat(revoked.data().get("status").asText()).isEqualTo("revoked");
        assertError(api().withToken(raw).get("/api/v3/companies/" + company), 401, "UNAUTHORIZED");
        assertError(
                admin.send("DELETE", "/api/v1/api-keys/key_unknown00000000000000", (String) null, List.of()),
                404,
                "NOT_FOUND");
    }

    @Test
    void givenKeyWithExpiry_whenTheDayHasPassed_thenRefused() {
        var raw = admin.post("/api/v1/api-keys", """
                {"tenantId": "%s", "name": "short", "scopes": ["companies:read"], "expiresInDays": 1}""".formatted(company))
                .data()
                .get("apiKey")
                .asText();
        assertSuccess(api().withToken(raw).get("/api/v3/companies/" + company), 200);

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        assertError(api().withToken(raw).get("/api/v3/companies/" + company), 401, "UNAUTHORIZED");
    }

    @Test
    void givenForgedOrMalformedKeys_whenUsed_thenUnauthorized() {
        var raw = Directory.apiKey(admin, company, "companies:read");
        var forged = raw.substring(0, raw.length() - 1) + (raw.endsWith("A") ? "B" : "A");

        for (var key : List.of(forged, "crp.short.key", "crp.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            assertError(api().withToken(key).get("/api/v3/companies/" + company), 401, "UNAUTHORIZED");
        }
    }

    @Test
    void givenApiKey_whenManagingKeys_thenForbidden() {
        var raw = Directory.apiKey(admin, company, "companies:read");

        assertError(api().withToken(raw).post("/api/v1/api-keys", """
                {"name": "child", "scopes": ["companies:read"]}"""), 403, "FORBIDDEN");
        assertError(api().withToken(raw).get("/api/v1/api-keys"), 403, "FORBIDDEN");
    }

    @Test
    void givenBadKeyRequests_whenCreating_thenValidationErrors() {
        var unknown = admin.post("/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": [\"everything\"]}");
        assertError(unknown, 422, "VALIDATION_ERROR");
        assertThat(unknown.details().get("scopes").get(0).asText()).contains("everything");

        var manage = admin.post("/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": [\"api-keys:manage\"]}");
        assertError(manage, 422, "VALIDATION_ERROR");

        var companyUser =
                api().withToken(directory.user(company, "company_user").token());
        var beyondRole = companyUser.post("/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": [\"signals:write\"]}");
        assertError(beyondRole, 422, "VALIDATION_ERROR");
        assertThat(beyondRole.details().get("scopes").get(0).asText()).contains("do not hold");
        var auditor = api().withToken(directory.user(company, "auditor").token());
        assertError(
                auditor.post("/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": [\"companies:read\"]}"),
                403,
                "FORBIDDEN");

        var noScopes = admin.post("/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": []}");
        assertError(noScopes, 422, "VALIDATION_ERROR");
        var badExpiry = admin.post(
                "/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": [\"companies:read\"], \"expiresInDays\": 0}");
        assertError(badExpiry, 422, "VALIDATION_ERROR");
        assertThat(badExpiry.details().has("expiresInDays")).isTrue();
    }

    @Test
    void givenOperator_whenCreatingKeyWithoutTenant_thenValidationError() {
        var response = api().post("/api/v1/api-keys", "{\"name\": \"x\", \"scopes\": [\"companies:read\"]}");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("tenantId")).isTrue();
        assertSuccess(api().post("/api/v1/api-keys", """
                {"tenantId": "%s", "name": "ops", "scopes": ["companies:read"]}""".formatted(company)), 201);
        assertError(api().post("/api/v1/api-keys", """
                {"tenantId": "cmp_noSuchCompany000000", "name": "ops", "scopes": ["companies:read"]}"""), 404, "NOT_FOUND");
    }
}
