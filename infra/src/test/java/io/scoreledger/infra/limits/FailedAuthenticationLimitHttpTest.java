package io.scoreledger.infra.limits;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Three 401s per hour per client address in this application; each test uses addresses of its own. */
@ExtendWith(OutputCaptureExtension.class)
class FailedAuthenticationLimitHttpTest extends RateLimitApplicationTest {

    private static final String COMPANIES = "/api/v3/companies";
    private static final String WRONG_TOKEN = "wrong-token-guess-0123456789";

    @Test
    void givenRepeatedWrongTokensFromOneAddress_whenTheLimitIsUsedUp_thenMoreAttemptsGet429AndAreLogged(
            CapturedOutput output) {
        String address = "203.0.113.11";
        for (int i = 1; i <= 3; i++) {
            var refused = getFrom(address, WRONG_TOKEN + i, COMPANIES);
            assertError(refused, 401, "UNAUTHORIZED");
            assertThat(header(refused, LIMIT)).isEqualTo(3);
            assertThat(header(refused, REMAINING)).isEqualTo(3 - i);
        }

        var limited = getFrom(address, WRONG_TOKEN + 4, COMPANIES);

        assertError(limited, 429, "RATE_LIMITED");
        assertThat(header(limited, "Retry-After")).isBetween(1L, 3600L / 3);
        assertThat(header(limited, REMAINING)).isZero();
        assertThat(output.getAll())
                .containsPattern(
                        "WARN .*Refused GET /api/v3/companies from 203\\.0\\.113\\.11: too many failed authentications")
                .doesNotContain(WRONG_TOKEN);
    }

    @Test
    void givenAnAddressOverTheLimit_whenItPresentsBadCredentials_thenRefusedButTheOperatorAndAValidKeyGet200() {
        var company = operator().post("/api/v3/companies", """
                {"name": "Shared Office MSP", "email": "it@shared-office.example", "subscription_package": "plus"}""");
        assertThat(company.status()).as(company.toString()).isEqualTo(201);
        var apiKey = Directory.apiKey(operator(), company.data().get("id").asText(), "companies:read");
        String address = "203.0.113.12";
        for (int i = 0; i < 3; i++) {
            assertError(getFrom(address, WRONG_TOKEN + i, COMPANIES), 401, "UNAUTHORIZED");
        }

        assertThat(getFrom(address, OPERATOR_TOKEN, "/actuator/metrics").status())
                .isEqualTo(200);
        assertThat(getFrom(address, apiKey, "/actuator/metrics").status()).isEqualTo(200);
        assertThat(getFrom(address, null, "/actuator/metrics", "x-api-key", apiKey)
                        .status())
                .isEqualTo(200);
        assertError(getFrom(address, WRONG_TOKEN, COMPANIES), 429, "RATE_LIMITED");
        assertError(getFrom(address, null, COMPANIES, "x-api-key", "crp.guess.secret"), 429, "RATE_LIMITED");
        assertError(getFrom(address, null, COMPANIES, "Cookie", "crp_session=guess"), 429, "RATE_LIMITED");
        assertError(getFrom(address, WRONG_TOKEN, "/actuator/metrics"), 429, "RATE_LIMITED");
        assertThat(getFrom(address, OPERATOR_TOKEN, "/actuator/metrics").status())
                .as("still")
                .isEqualTo(200);
    }

    @Test
    void givenAnAddressOverTheLimit_whenItSendsNoCredential_thenPlain401AsThereIsNothingToGuessWith() {
        String address = "203.0.113.13";
        for (int i = 0; i < 3; i++) {
            getFrom(address, WRONG_TOKEN, COMPANIES);
        }

        assertError(getFrom(address, null, COMPANIES), 401, "UNAUTHORIZED");
    }

    @Test
    void givenOneAddressOverTheLimit_whenAnotherAddressAuthenticates_thenItIsNotAffected() {
        for (int i = 0; i < 3; i++) {
            getFrom("203.0.113.14", WRONG_TOKEN, COMPANIES);
        }

        var response = getFrom("203.0.113.15", OPERATOR_TOKEN, "/actuator/metrics");

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void givenWrongTokensOnARouteOutsideApi_whenCounted_thenTheySpendTheSameAddressBucket() {
        String address = "203.0.113.16";
        getFrom(address, WRONG_TOKEN, "/actuator/metrics");
        getFrom(address, WRONG_TOKEN, "/actuator/metrics");

        var third = getFrom(address, WRONG_TOKEN, COMPANIES);

        assertThat(header(third, REMAINING)).isZero();
        assertError(getFrom(address, WRONG_TOKEN, COMPANIES), 429, "RATE_LIMITED");
    }
}
