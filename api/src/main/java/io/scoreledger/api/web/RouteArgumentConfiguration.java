package io.scoreledger.api.web;

import io.scoreledger.api.security.ActingTenantResolver;
import io.scoreledger.api.tenancy.Visibility;
import io.scoreledger.api.tenancy.VisibleResolver;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The arguments routes receive resolved: the acting tenant, and what the path names that the caller may see. */
@Configuration
class RouteArgumentConfiguration implements WebMvcConfigurer {

    private final Visibility visibility;

    RouteArgumentConfiguration(Visibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActingTenantResolver());
        resolvers.add(new VisibleResolver(visibility));
    }
}
