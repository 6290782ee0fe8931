package io.scoreledger.infra.organization;

import io.scoreledger.command.organization.KnownDomains;
import io.scoreledger.command.organization.OrganizationCommandModule;
import io.scoreledger.query.organization.OrganizationProjector;
import io.scoreledger.query.organization.OrganizationQueryHandler;
import io.scoreledger.query.organization.OrganizationRepository;
import org.axonframework.config.ConfigurerModule;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OrganizationConfiguration {

    @Bean
    ConfigurerModule organizationCommandModule(KnownDomains employeeDomains) {
        return new OrganizationCommandModule(employeeDomains);
    }

    @Bean
    OrganizationRepository organizationRepository(DSLContext dsl) {
        return new OrganizationRepository(dsl);
    }

    @Bean
    OrganizationProjector organizationProjector(OrganizationRepository repository) {
        return new OrganizationProjector(repository);
    }

    @Bean
    OrganizationQueryHandler organizationQueryHandler(OrganizationRepository repository) {
        return new OrganizationQueryHandler(repository);
    }
}
