package io.scoreledger.infra.integration;

import io.scoreledger.command.integration.IntegrationCommandModule;
import io.scoreledger.query.integration.IntegrationCredentialRepository;
import io.scoreledger.query.integration.IntegrationProjector;
import io.scoreledger.query.integration.IntegrationQueryHandler;
import org.axonframework.config.ConfigurerModule;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IntegrationConfiguration {

    @Bean
    ConfigurerModule integrationCommandModule() {
        return new IntegrationCommandModule();
    }

    @Bean
    IntegrationCredentialRepository integrationCredentialRepository(DSLContext dsl) {
        return new IntegrationCredentialRepository(dsl);
    }

    @Bean
    IntegrationProjector integrationProjector(IntegrationCredentialRepository repository) {
        return new IntegrationProjector(repository);
    }

    @Bean
    IntegrationQueryHandler integrationQueryHandler(IntegrationCredentialRepository repository) {
        return new IntegrationQueryHandler(repository);
    }
}
