package io.scoreledger.infra.identity;

import static io.scoreledger.query.jooq.Tables.API_KEY;
import static io.scoreledger.query.jooq.Tables.APP_USER;
import static io.scoreledger.query.jooq.Tables.REVOKED_ACCESS_TOKEN;
import static io.scoreledger.query.jooq.Tables.USER_SESSION;

import io.scoreledger.api.security.AuthProperties;
import io.scoreledger.command.identity.IdentityCommandModule;
import io.scoreledger.infra.projection.BlueGreenProjection;
import io.scoreledger.query.identity.IdentityProjector;
import io.scoreledger.query.identity.IdentityQueryHandler;
import io.scoreledger.query.identity.IdentityRepository;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(AuthProperties.class)
class IdentityConfiguration {

    @Bean
    ConfigurerModule identityCommandModule(JdbcTemplate jdbc) {
        return new IdentityCommandModule(new JdbcEmailClaims(jdbc));
    }

    @Bean
    IdentityRepository identityRepository(DSLContext dsl) {
        return new IdentityRepository(dsl);
    }

    @Bean
    IdentityProjector identityProjector(IdentityRepository repository) {
        return new IdentityProjector(repository);
    }

    /** Credentials and users are checked against these tables: a rebuild must never empty them under the checks. */
    @Bean
    BlueGreenProjection identityBlueGreen() {
        return new BlueGreenProjection(
                IdentityProjector.PROCESSING_GROUP,
                List.of(APP_USER, API_KEY, USER_SESSION, REVOKED_ACCESS_TOKEN),
                dsl -> new IdentityProjector(new IdentityRepository(dsl)));
    }

    @Bean
    IdentityQueryHandler identityQueryHandler(IdentityRepository repository) {
        return new IdentityQueryHandler(repository);
    }

    @Bean
    BatchedApiKeyUsage apiKeyUsageRecorder(IdentityRepository repository) {
        return new BatchedApiKeyUsage(repository);
    }

    @Bean
    SchedulingConfigurer apiKeyUsageFlushes(BatchedApiKeyUsage usage, AuthProperties auth) {
        return tasks -> tasks.addFixedDelayTask(usage::flush, auth.apiKeyUsageFlush());
    }
}
