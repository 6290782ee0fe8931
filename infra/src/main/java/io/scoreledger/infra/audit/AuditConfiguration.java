package io.scoreledger.infra.audit;

import io.scoreledger.query.audit.AuditProjector;
import io.scoreledger.query.audit.AuditQueryHandler;
import io.scoreledger.query.audit.AuditRepository;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditConfiguration {

    @Bean
    AuditRepository auditRepository(DSLContext dsl) {
        return new AuditRepository(dsl);
    }

    @Bean
    AuditProjector auditProjector(AuditRepository repository) {
        return new AuditProjector(repository);
    }

    @Bean
    AuditQueryHandler auditQueryHandler(AuditRepository repository) {
        return new AuditQueryHandler(repository);
    }
}
