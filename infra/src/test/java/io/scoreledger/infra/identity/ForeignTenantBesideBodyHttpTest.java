package io.scoreledger.infra.identity;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routes that name their tenant in the body refuse a foreign tenant named beside it, as every other route does. */
class ForeignTenantBesideBodyHttpTest extends ApplicationTest {

    private static final String API_KEYS = "/api/v1/api-keys";
    private static final String SCORECARD_INGEST = "/api/v1/integrations/securityscorecard/signal-ingest";

    private String company;
    private String foreign;
    private HttpApi admin;

    @BeforeEach
    void twoCompanies() {
        var directory = new Directory(api());
        company = directory.company("Own MSP", "enterprise");
        foreign = directory.company("Foreign MSP", "enterprise");
        admin = api().withToken(directory.user(company, "msp_admin").token());
    }

    private String keyBody(String tenant) {
        return "{\"tenantId\": \"" + tenant + "\", \"name\": \"CI\", \"scopes\": [\"clients:read\"]}";
    }

    private String ingestBody(String tenant) {
        return "{\"tenantId\": \"" + tenant + "\", \"signals\": []}";
    }

    @Test
    void givenOwnTenantInTheBody_whenCreatingAnApiKeyWithAForeignTenantIdParameterOrHeader_thenForbidden() {
        assertError(admin.post(API_KEYS + "?tenantId=" + foreign, keyBody(company)), 403, "FORBIDDEN");
        assertError(
                admin.send(
                        "POST",
                        API_KEYS,
                        keyBody(company),
                        List.of("Content-Type", "application/json", "x-tenant-id", foreign)),
                403,
                "FORBIDDEN");
        assertThat(admin.get(API_KEYS + "?tenantId=" + company).data().get("items"))
                .isEmpty();

        assertSuccess(admin.post(API_KEYS + "?tenantId=" + company, keyBody(company)), 201);
    }

    @Test
    void givenOwnTenantInTheBody_whenIngestingScorecardIssuesWithAForeignTenantIdParameterOrHeader_thenForbidden() {
        var ingestKey = api().withToken(Directory.apiKey(admin, company, "signals:write"));

        assertError(ingestKey.post(SCORECARD_INGEST + "?tenantId=" + foreign, ingestBody(company)), 403, "FORBIDDEN");
        assertError(
                ingestKey.send(
                        "POST",
                        SCORECARD_INGEST,
                        ingestBody(company),
                        List.of("Content-Type", "application/json", "x-tenant-id", foreign)),
                403,
                "FORBIDDEN");

        assertSuccess(ingestKey.post(SCORECARD_INGEST + "?tenantId=" + company, ingestBody(company)), 200);
    }

    @Test
    void givenTheOperatorNamingOneTenantInTheBodyAndAnotherBesideIt_whenCreatingAnApiKey_thenUnprocessable() {
        assertError(api().post(API_KEYS + "?tenantId=" + foreign, keyBody(company)), 422, "VALIDATION_ERROR");
    }
}
