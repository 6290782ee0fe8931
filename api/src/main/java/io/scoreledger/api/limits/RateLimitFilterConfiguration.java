package io.scoreledger.api.limits;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Places the two limiters around Spring Security's filter chain (spring.security.filter.order, -100 by default):
 * the failed-authentication limiter just before it, the per-tenant limiter after it, once the caller is known.
 * The gap after security leaves room for filters that refine the principal before it is limited.
 */
@Configuration
@EnableConfigurationProperties({RateLimitProperties.class, SecurityFilterProperties.class})
@ConditionalOnProperty(
        prefix = "scoreledger.rate-limits",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
class RateLimitFilterConfiguration {

    static final int BEFORE_SECURITY = -1;
    static final int AFTER_SECURITY = 10;

    private final int securityOrder;

    RateLimitFilterConfiguration(SecurityFilterProperties securityFilter) {
        this.securityOrder = securityFilter.getOrder();
    }

    @Bean
    RouteCategories rateLimitRouteCategories(RateLimitProperties limits) {
        return new RouteCategories(limits.fileUploadPaths());
    }

    @Bean
    FilterRegistrationBean<FailedAuthenticationLimitFilter> failedAuthenticationLimitFilter(
            RateLimiter limiter,
            RateLimitProperties limits,
            RouteCategories routes,
            Clock clock,
            ObjectProvider<CredentialCheck> credentials) {
        var quota = limits.failedAuthentication();
        var filter = new FailedAuthenticationLimitFilter(
                limiter,
                quota,
                new RecentFailures(clock, quota.period()),
                routes,
                new RateLimitResponses(clock),
                credentials.getIfAvailable(() -> request -> false));
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("failedAuthenticationLimitFilter");
        registration.setOrder(securityOrder + BEFORE_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TenantRateLimitFilter> tenantRateLimitFilter(
            RateLimiter limiter, RateLimitProperties limits, RouteCategories routes, TenantPlans plans, Clock clock) {
        var filter = new TenantRateLimitFilter(limiter, routes, limits, plans, new RateLimitResponses(clock));
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("tenantRateLimitFilter");
        registration.setOrder(securityOrder + AFTER_SECURITY);
        return registration;
    }
}
