package io.scoreledger.infra.organization;

import io.scoreledger.query.organization.OrganizationProjector;
import io.scoreledger.query.organization.OrganizationQueryHandler;
import io.scoreledger.query.organization.OrganizationRepository;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OrganizationConfiguration {

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
