package io.scoreledger.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FailedAuthenticationLimitFilterTest {

    private static final Quota QUOTA = new Quota(2, Duration.ofMinutes(5));

    private final MutableClock clock = new MutableClock();
    private final CountingLimiter limiter = new CountingLimiter();
    private final FailedAuthenticationLimitFilter filter = new FailedAuthenticationLimitFilter(
            limiter,
            QUOTA,
            new RecentFailures(clock, QUOTA.period()),
            new RouteCategories(List.of()),
            new RateLimitResponses(clock),
            FailedAuthenticationLimitFilterTest::acceptsOnlyGood);

    /** As the security chain would: "good" is accepted, and the acceptance is left on the request. */
    private static boolean acceptsOnlyGood(jakarta.servlet.http.HttpServletRequest request) {
        boolean good = "Bearer good".equals(request.getHeader("Authorization"));
        if (good) {
            request.setAttribute(CredentialCheck.ACCEPTED, "accepted");
        }
        return good;
    }

    @Test
    void givenClientsThatNeverFail_whenTheyPresentCredentials_thenTheBucketStoreIsNeverAsked() throws Exception {
        for (int i = 0; i < 10; i++) {
            var response = send("198.51.100.1", "Bearer good", 200);
            assertThat(response.getStatus()).isEqualTo(200);
        }

        assertThat(limiter.calls).isZero();
    }

    @Test
    void givenTwoFailures_whenTheAddressPresentsABadCredential_thenRefusedButAValidOneStillPasses() throws Exception {
        send("198.51.100.2", "Bearer wrong", 401);
        var second = send("198.51.100.2", "Bearer wrong", 401);
        assertThat(second.getHeader("X-RateLimit-Remaining")).isEqualTo("0");

        var refused = send("198.51.100.2", "Bearer wrong", 401);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        assertThat(send("198.51.100.2", "Bearer good", 200).getStatus())
                .as("a valid credential")
                .isEqualTo(200);
        assertThat(send("198.51.100.3", "Bearer good", 200).getStatus())
                .as("another address")
                .isEqualTo(200);
        assertThat(send("198.51.100.2", null, 401).getStatus())
                .as("no credential to guess with")
                .isEqualTo(401);
    }

    @Test
    void givenAnAcceptedCredential_whenTheResponseIs401Anyway_thenTheAddressIsNotCharged() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send("198.51.100.5", "Bearer good", 401, true).getStatus())
                    .isEqualTo(401);
        }

        assertThat(send("198.51.100.5", "Bearer wrong", 401).getStatus()).isEqualTo(401);
        assertThat(limiter.calls).as("only the wrong credential was charged").isEqualTo(1);
    }

    @Test
    void givenAnAddressThatFailed_whenTheFailurePeriodHasPassed_thenItIsNoLongerChecked() throws Exception {
        send("198.51.100.4", "Bearer wrong", 401);
        send("198.51.100.4", "Bearer good", 200);
        int callsWhileRemembered = limiter.calls;

        clock.advance(QUOTA.period().plusSeconds(1));
        send("198.51.100.4", "Bearer good", 200);

        assertThat(callsWhileRemembered).as("one consume, one peek").isEqualTo(2);
        assertThat(limiter.calls).isEqualTo(callsWhileRemembered);
    }

    @Test
    void givenTheSeedsCredentialForms_whenPresent_thenEachCountsAsACredential() {
        var apiKey = new MockHttpServletRequest();
        apiKey.addHeader("x-api-key", "crp.a.b");
        var session = new MockHttpServletRequest();
        session.setCookies(new Cookie("crp_session", "s"));
        var bearer = new MockHttpServletRequest();
        bearer.addHeader("Authorization", "Bearer t");
        var otherCookie = new MockHttpServletRequest();
        otherCookie.setCookies(new Cookie("theme", "dark"));

        assertThat(FailedAuthenticationLimitFilter.carriesCredential(apiKey)).isTrue();
        assertThat(FailedAuthenticationLimitFilter.carriesCredential(session)).isTrue();
        assertThat(FailedAuthenticationLimitFilter.carriesCredential(bearer)).isTrue();
        assertThat(FailedAuthenticationLimitFilter.carriesCredential(otherCookie))
                .isFalse();
        assertThat(FailedAuthenticationLimitFilter.carriesCredential(new MockHttpServletRequest()))
                .isFalse();
    }

    private MockHttpServletResponse send(String address, String authorization, int statusOfTheRest) throws Exception {
        return send(address, authorization, statusOfTheRest, false);
    }

    /** authenticated: the security chain accepted the credential, and the rest still answered statusOfTheRest. */
    private MockHttpServletResponse send(
            String address, String authorization, int statusOfTheRest, boolean authenticated) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v3/companies");
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        if (authenticated) {
            request.setAttribute(CredentialCheck.ACCEPTED, "accepted");
        }
        var response = new MockHttpServletResponse();
        FilterChain rest = (req, res) -> ((HttpServletResponse) res).setStatus(statusOfTheRest);
        filter.doFilter(request, response, rest);
        return response;
    }

    /** An exact in-memory stand-in for the shared buckets; it counts how often it is asked. */
    private static final class CountingLimiter implements RateLimiter {

        private final Map<String, Long> used = new HashMap<>();
        int calls;

        @Override
        public RateLimitDecision tryConsume(String key, Quota quota) {
            calls++;
            long before = used.getOrDefault(key, 0L);
            boolean allowed = before < quota.limit();
            long after = allowed ? before + 1 : before;
            used.put(key, after);
            return decision(allowed, quota, after);
        }

        @Override
        public RateLimitDecision peek(String key, Quota quota) {
            calls++;
            long now = used.getOrDefault(key, 0L);
            return decision(now < quota.limit(), quota, now);
        }

        private static RateLimitDecision decision(boolean allowed, Quota quota, long used) {
            var retryAfter = allowed ? Duration.ZERO : Duration.ofSeconds(150);
            long remaining = quota.limit() - used;
            return new RateLimitDecision(allowed, quota.limit(), remaining, Duration.ofMinutes(5), retryAfter);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-24T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
