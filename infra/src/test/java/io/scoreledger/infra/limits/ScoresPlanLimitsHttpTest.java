package io.scoreledger.infra.limits;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.ids.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Every path under /v1/scores is limited as the Scores API. The paths called here will never exist, so the answer is
 * the limiter's 429 or, past the limiter, 404.
 */
class ScoresPlanLimitsHttpTest extends RateLimitApplicationTest {

    private static final String SCORES = "/v1/scores/no-such-route";

    @Test
    void givenAProfessionalAndAnEnterpriseCompany_whenEachCallsTheScoresApi_thenEachGetsItsPlansLimit() {
        var professional = company("professional");
        var enterprise = company("enterprise");

        for (int i = 1; i <= 2; i++) {
            var response = getAs(professional, SCORES);
            assertError(response, 404, "NOT_FOUND");
            assertThat(header(response, LIMIT)).isEqualTo(2);
            assertThat(header(response, REMAINING)).isEqualTo(2 - i);
        }
        for (int i = 1; i <= 4; i++) {
            var response = getAs(enterprise, SCORES);
            assertError(response, 404, "NOT_FOUND");
            assertThat(header(response, LIMIT)).isEqualTo(4);
            assertThat(header(response, REMAINING)).isEqualTo(4 - i);
        }

        var professionalRefused = getAs(professional, SCORES);
        var enterpriseRefused = getAs(enterprise, SCORES);

        assertError(professionalRefused, 429, "RATE_LIMITED");
        assertThat(header(professionalRefused, LIMIT)).isEqualTo(2);
        assertThat(header(professionalRefused, "Retry-After")).isPositive();
        assertError(enterpriseRefused, 429, "RATE_LIMITED");
        assertThat(header(enterpriseRefused, LIMIT)).isEqualTo(4);
    }

    @Test
    void givenATenantWithoutACompany_whenItCallsTheScoresApi_thenTheSmallestPlansLimitApplies() {
        var response = getAs(TenantId.mint(), SCORES);

        assertThat(header(response, LIMIT)).isEqualTo(2);
    }

    @Test
    void givenTheOperator_whenItCallsTheScoresApi_thenTheLargestPlansLimitApplies() {
        var response = operator().get(SCORES);

        assertError(response, 404, "NOT_FOUND");
        assertThat(header(response, LIMIT)).isEqualTo(4);
    }

    private TenantId company(String subscriptionPackage) {
        var created = operator().post("/api/v3/companies", """
                {"name": "Limited %s", "email": "ops@limited.example", "subscription_package": "%s"}""".formatted(subscriptionPackage, subscriptionPackage));
        assertSuccess(created, 201);
        return new TenantId(created.data().get("id").asText());
    }
}
