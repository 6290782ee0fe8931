package io.scoreledger.infra.limits;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.scoreledger.api.security.Caller;
import io.scoreledger.ids.TenantId;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stands in for tenant credentials until API keys and users can be made through the API: a request that Spring
 * Security has authenticated and that carries {@value RateLimitApplicationTest#TENANT_HEADER} continues as a caller
 * of that tenant.
 */
@TestConfiguration(proxyBeanMethods = false)
class TenantStandInConfiguration {

    /** Between Spring Security (-100) and the tenant limiter (-90). */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 5;

    @Bean
    FilterRegistrationBean<Filter> tenantStandInFilter() {
        Filter filter = (request, response, chain) -> {
            String tenant = ((HttpServletRequest) request).getHeader(RateLimitApplicationTest.TENANT_HEADER);
            var authenticated = SecurityContextHolder.getContext().getAuthentication();
            if (tenant != null && authenticated != null && authenticated.isAuthenticated()) {
                var caller = callerOf(new TenantId(tenant));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(ORDER);
        return registration;
    }

    /** Only tenantId() and isOperator() are promised to the limiter; the rest of Caller is the identity code's. */
    private static Caller callerOf(TenantId tenant) {
        Caller caller = mock(Caller.class);
        when(caller.tenantId()).thenReturn(tenant);
        when(caller.isOperator()).thenReturn(false);
        return caller;
    }
}
