package io.scoreledger.infra.limits;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CategoryLimitsHttpTest extends RateLimitApplicationTest {

    private static final String NO_SUCH_ROUTE = "/api/v3/no-such-route";
    private static final String REPORTS = "/api/v1/reports/no-such-route";
    private static final long HOUR = 3600;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenATenant_whenItCallsTheApi_thenEveryResponseCarriesTheHeadersAndRemainingFalls() {
        var tenant = TenantId.mint();
        long before = Instant.now().getEpochSecond();

        var first = getAs(tenant, NO_SUCH_ROUTE);
        var second = getAs(tenant, NO_SUCH_ROUTE);
        var third = getAs(tenant, NO_SUCH_ROUTE);

        assertError(first, 404, "NOT_FOUND");
        assertThat(header(first, LIMIT)).isEqualTo(5);
        assertThat(header(second, LIMIT)).isEqualTo(5);
        assertThat(header(first, REMAINING)).isEqualTo(4);
        assertThat(header(second, REMAINING)).isEqualTo(3);
        assertThat(header(third, REMAINING)).isEqualTo(2);
        // Full again once the consumed tokens have refilled: 12 minutes each at 5 per hour.
        long after = Instant.now().getEpochSecond();
        assertThat(header(first, RESET)).isBetween(before + HOUR / 5, after + HOUR / 5 + 1);
        assertThat(header(third, RESET)).isBetween(before + 3 * HOUR / 5, after + 3 * HOUR / 5 + 1);
    }

    @Test
    void givenATenantAtItsLimit_whenItSendsOneMore_then429RateLimitedWithRetryAfter() {
        var tenant = TenantId.mint();
        for (int i = 0; i < 5; i++) {
            assertThat(getAs(tenant, NO_SUCH_ROUTE).status()).isEqualTo(404);
        }

        var refused = getAs(tenant, NO_SUCH_ROUTE);

        assertError(refused, 429, "RATE_LIMITED");
        assertThat(refused.json().path("error").path("message").asText()).isEqualTo("Rate limit exceeded.");
        assertThat(header(refused, LIMIT)).isEqualTo(5);
        assertThat(header(refused, REMAINING)).isZero();
        assertThat(header(refused, "Retry-After")).isBetween(1L, HOUR / 5);
        assertThat(header(refused, RESET)).isGreaterThan(Instant.now().getEpochSecond() + 4 * HOUR / 5 - 60);
    }

    @Test
    void givenGeneralExhausted_whenTheSameTenantCallsTheOtherCategories_thenEachHasItsOwnBucket() {
        var tenant = TenantId.mint();
        for (int i = 0; i < 5; i++) {
            getAs(tenant, NO_SUCH_ROUTE);
        }
        assertError(getAs(tenant, "/api/v3/companies-or-anything"), 429, "RATE_LIMITED");

        var authentication = getAs(tenant, "/api/v3/auth/no-such-route");
        var reports = getAs(tenant, "/api/v1/reports/no-such-route");
        var export = getAs(tenant, "/api/v1/audit/events/export/no-such-route");
        var upload = getAs(tenant, UPLOADS + "/evidence");
        var scores = getAs(tenant, "/v1/scores/no-such-route");

        assertThat(authentication.status()).isNotEqualTo(429);
        assertThat(header(authentication, LIMIT)).isEqualTo(3);
        assertThat(header(authentication, REMAINING)).isEqualTo(2);
        assertThat(header(reports, LIMIT)).isEqualTo(2);
        assertThat(header(reports, REMAINING)).isEqualTo(1);
        assertThat(header(export, REMAINING))
                .as("the audit export counts as a report")
                .isZero();
        assertThat(header(upload, LIMIT)).isEqualTo(2);
        assertThat(header(upload, REMAINING)).isEqualTo(1);
        assertThat(header(scores, LIMIT)).isEqualTo(2);
        assertError(getAs(tenant, "/api/v1/reports/rep_1/no-such-route"), 429, "RATE_LIMITED");
        assertThat(getAs(tenant, "/api/v1/auth/no-such-route").status()).isNotEqualTo(429);
    }

    @Test
    void givenOneTenantExhausted_whenAnotherTenantCalls_thenItHasABucketOfItsOwn() {
        var exhausted = TenantId.mint();
        var other = TenantId.mint();
        getAs(exhausted, REPORTS);
        getAs(exhausted, REPORTS);
        assertError(getAs(exhausted, REPORTS), 429, "RATE_LIMITED");

        var response = getAs(other, REPORTS);

        assertThat(response.status()).isEqualTo(404);
        assertThat(header(response, REMAINING)).isEqualTo(1);
    }

    @Test
    void givenTheOperator_whenItCallsTheApi_thenItIsLimitedUnderTheKeyOperatorWithTheSameLimits() {
        var response = operator().get(UPLOADS);

        assertThat(header(response, LIMIT)).isEqualTo(2);
        assertThat(jdbc.queryForList("select id from rate_limit_bucket where id like 'file-uploads:%'", String.class))
                .contains("file-uploads:operator@2/PT1H");
    }

    @Test
    void givenRoutesOutsideApiAndV1_whenCalled_thenNotLimitedAndNoHeaders() {
        var health = operator().get("/actuator/health");
        var metrics = operator().get("/actuator/metrics");
        var apiDocs = operator().get("/v3/api-docs");

        assertThat(health.status()).isEqualTo(200);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(health.header(LIMIT)).isNull();
        assertThat(metrics.header(LIMIT)).isNull();
        assertThat(apiDocs.header(LIMIT)).isNull();
    }

    @Test
    void givenARealRoute_whenCalledByTheOperator_thenItsSuccessfulResponseCarriesTheHeadersToo() {
        var response = operator().get("/api/v3/companies");

        assertThat(response.status()).isEqualTo(200);
        assertThat(header(response, LIMIT)).isEqualTo(5);
        assertThat(response.header(REMAINING)).isNotNull();
    }
}
