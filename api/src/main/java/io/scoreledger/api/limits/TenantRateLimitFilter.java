package io.scoreledger.api.limits;

import io.scoreledger.api.security.Caller;
import io.scoreledger.values.SubscriptionPackage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security, so the caller is known: one bucket per tenant and category, the operator's under the
 * key "operator". Requests Spring Security refused never get here; they count only as failed authentications.
 */
final class TenantRateLimitFilter extends OncePerRequestFilter {

    static final String OPERATOR = "operator";

    private static final Logger log = LoggerFactory.getLogger(TenantRateLimitFilter.class);

    private final RateLimiter limiter;
    private final RouteCategories routes;
    private final RateLimitProperties limits;
    private final TenantPlans plans;
    private final RateLimitResponses responses;

    TenantRateLimitFilter(
            RateLimiter limiter,
            RouteCategories routes,
            RateLimitProperties limits,
            TenantPlans plans,
            RateLimitResponses responses) {
        this.limiter = limiter;
        this.routes = routes;
        this.limits = limits;
        this.plans = plans;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var category = routes.categorize(RouteCategories.pathOf(request));
        if (category.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var caller = currentCaller();
        String key = category.get().bucketPrefix() + ":" + subject(caller, request);
        RateLimitDecision decision;
        try {
            decision = limiter.tryConsume(key, quota(category.get(), caller));
        } catch (RuntimeException e) {
            // Availability over strictness: if the bucket store cannot answer, the request is served unlimited.
            log.warn(
                    "Rate limiter unavailable, {} {} not limited: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            chain.doFilter(request, response);
            return;
        }
        if (!decision.allowed()) {
            responses.refuse(response, decision);
            return;
        }
        responses.describe(response, decision);
        chain.doFilter(request, response);
    }

    private Quota quota(RateLimitCategory category, Caller caller) {
        if (category != RateLimitCategory.SCORES) {
            return limits.quotaFor(category);
        }
        return limits.scores().quotaFor(plan(caller));
    }

    /**
     * The operator has no company and gets the largest plan's scores limit; a company the read model does not show
     * (or a lookup that fails) gets the smallest.
     */
    private SubscriptionPackage plan(Caller caller) {
        if (caller == null) {
            return SubscriptionPackage.PROFESSIONAL;
        }
        if (caller.tenantId() == null) {
            return SubscriptionPackage.ENTERPRISE;
        }
        try {
            return plans.planOf(caller.tenantId()).orElse(SubscriptionPackage.PROFESSIONAL);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not look up the plan of {}, applying the professional limit: {}",
                    caller.tenantId(),
                    e.toString());
            return SubscriptionPackage.PROFESSIONAL;
        }
    }

    /** The tenant; the operator; or, on a public route (none is limited yet), the client address. */
    private static String subject(Caller caller, HttpServletRequest request) {
        if (caller == null) {
            return "address:" + request.getRemoteAddr();
        }
        return caller.tenantId() == null ? OPERATOR : caller.tenantId().value();
    }

    private static Caller currentCaller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        return null;
    }
}
