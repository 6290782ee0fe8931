package io.scoreledger.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security, on every path: a 401 to a request whose credential was not accepted costs the client
 * address one token of its failure bucket, and once that bucket is empty the address's requests that carry a
 * credential the service does not accept are refused with 429. A valid credential (the operator's, a working API key,
 * user or session) is never counted and never refused here: clients behind one address (a NAT, an office) must not
 * lock each other, or the operator, out. The price is that a throttled address still has its credentials checked;
 * every credential the service accepts is long and random, so the limit is about cost and noise, not the last line
 * against guessing. It covers paths outside /api too. The log names the address and the route, never the credential
 * or the query string.
 */
final class FailedAuthenticationLimitFilter extends OncePerRequestFilter {

    static final String KEY_PREFIX = "failed-authentication:";
    static final String API_KEY_HEADER = "X-API-Key";
    static final String SESSION_COOKIE = "crp_session";

    private static final Logger log = LoggerFactory.getLogger(FailedAuthenticationLimitFilter.class);

    private final RateLimiter limiter;
    private final Quota quota;
    private final RecentFailures recentFailures;
    private final RouteCategories routes;
    private final RateLimitResponses responses;
    private final CredentialCheck credentials;

    FailedAuthenticationLimitFilter(
            RateLimiter limiter,
            Quota quota,
            RecentFailures recentFailures,
            RouteCategories routes,
            RateLimitResponses responses,
            CredentialCheck credentials) {
        this.limiter = limiter;
        this.quota = quota;
        this.recentFailures = recentFailures;
        this.routes = routes;
        this.responses = responses;
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String key = KEY_PREFIX + address;
        if (carriesCredential(request) && recentFailures.contains(address)) {
            var decision = ask(() -> limiter.peek(key, quota), request);
            if (decision != null && !decision.allowed() && !credentials.accepts(request)) {
                log.warn(
                        "Refused {} {} from {}: too many failed authentications ({} allowed per {}), retry after {} s",
                        request.getMethod(),
                        request.getRequestURI(),
                        address,
                        quota.limit(),
                        quota.period(),
                        RateLimitResponses.retryAfterSeconds(decision));
                responses.refuse(response, decision);
                return;
            }
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !CredentialCheck.accepted(request)) {
            recentFailures.remember(address);
            var decision = ask(() -> limiter.tryConsume(key, quota), request);
            if (decision == null) {
                return;
            }
            if (!decision.allowed()) {
                log.warn(
                        "Failed authentication from {} beyond the limit of {} per {} ({} {}); "
                                + "its next attempts are refused",
                        address,
                        quota.limit(),
                        quota.period(),
                        request.getMethod(),
                        request.getRequestURI());
            } else if (decision.remaining() == 0) {
                log.warn(
                        "{} has used up its {} failed authentications per {}; its next attempts are refused",
                        address,
                        quota.limit(),
                        quota.period());
            }
            if (!response.isCommitted()
                    && routes.categorize(RouteCategories.pathOf(request)).isPresent()) {
                responses.describe(response, decision);
            }
        }
    }

    /** The seeds' credential forms: a bearer token, an API key header, a session cookie. */
    static boolean carriesCredential(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(API_KEY_HEADER) != null) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static RateLimitDecision ask(Supplier<RateLimitDecision> question, HttpServletRequest request) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            log.warn(
                    "Rate limiter unavailable, failed authentications from {} not limited: {}",
                    request.getRemoteAddr(),
                    e.toString());
            return null;
        }
    }
}
