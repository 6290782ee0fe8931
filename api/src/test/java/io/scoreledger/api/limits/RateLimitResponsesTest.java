package io.scoreledger.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitResponsesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00.250Z");

    private final RateLimitResponses responses = new RateLimitResponses(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void givenAnAllowedRequest_whenDescribed_thenLimitRemainingAndTheSecondTheBucketIsFullAgainRoundedUp() {
        var response = new MockHttpServletResponse();

        responses.describe(response, new RateLimitDecision(true, 100, 97, Duration.ofMillis(1_800), Duration.ZERO));

        assertThat(response.getHeader("X-RateLimit-Limit")).isEqualTo("100");
        assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo("97");
        assertThat(response.getHeader("X-RateLimit-Reset")).isEqualTo(Long.toString(NOW.getEpochSecond() + 3));
        assertThat(response.getHeader("Retry-After")).isNull();
    }

    @Test
    void givenARefusedRequest_whenRefused_then429EnvelopeAndRetryAfterInWholeSecondsRoundedUp() throws Exception {
        var response = new MockHttpServletResponse();
        var decision = new RateLimitDecision(false, 20, 0, Duration.ofMinutes(5), Duration.ofMillis(14_001));

        responses.refuse(response, decision);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("15");
        assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(response.getHeader("X-RateLimit-Reset")).isEqualTo(Long.toString(NOW.getEpochSecond() + 301));
        assertThat(response.getContentAsString())
                .isEqualTo("{\"success\":false,\"error\":"
                        + "{\"code\":\"RATE_LIMITED\",\"message\":\"Rate limit exceeded.\"}}");
    }

    @Test
    void givenARefusalWithAlmostNoWait_whenRefused_thenRetryAfterIsAtLeastOneSecond() throws Exception {
        var response = new MockHttpServletResponse();

        responses.refuse(response, new RateLimitDecision(false, 5, 0, Duration.ofMinutes(1), Duration.ofNanos(1)));

        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
    }
}
