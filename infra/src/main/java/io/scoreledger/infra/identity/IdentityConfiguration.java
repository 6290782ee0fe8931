package io.scoreledger.infra.identity;

import io.scoreledger.api.security.ApiKeyUsageRecorder;
import io.scoreledger.command.identity.IdentityCommandModule;
import io.scoreledger.query.identity.IdentityProjector;
import io.scoreledger.query.identity.IdentityQueryHandler;
import io.scoreledger.query.identity.IdentityRepository;
import org.axonframework.config.ConfigurerModule;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
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

    @Bean
    IdentityQueryHandler identityQueryHandler(IdentityRepository repository) {
        return new IdentityQueryHandler(repository);
    }

    @Bean
    ApiKeyUsageRecorder apiKeyUsageRecorder(IdentityRepository repository) {
        return new BatchedApiKeyUsage(repository);
    }
}
