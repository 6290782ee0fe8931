package io.scoreledger.infra.limits;

import io.scoreledger.api.limits.RateLimitProperties;
import io.scoreledger.api.limits.TenantPlans;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The api's rate-limit ports, implemented with Bucket4j on the service's PostgreSQL and with the query gateway. */
@Configuration
@ConditionalOnProperty(
        prefix = "scoreledger.rate-limits",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
@EnableConfigurationProperties({RateLimitStoreProperties.class, RateLimitProperties.class})
class RateLimitStoreConfiguration {

    @Bean(destroyMethod = "close")
    Bucket4jRateLimiter rateLimiter(DataSource dataSource, Clock clock, RateLimitStoreProperties settings) {
        return new Bucket4jRateLimiter(dataSource, clock, settings);
    }

    @Bean
    TenantPlans tenantPlans(QueryGateway queries, RateLimitProperties limits) {
        return new CachedTenantPlans(queries, limits.scores().planCacheTtl());
    }
}
