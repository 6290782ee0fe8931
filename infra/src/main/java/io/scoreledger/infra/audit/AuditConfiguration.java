package io.scoreledger.infra.audit;

import io.scoreledger.infra.cli.CliTask;
import io.scoreledger.query.audit.AuditProjector;
import io.scoreledger.query.audit.AuditQueryHandler;
import io.scoreledger.query.audit.AuditRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.Configuration;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

@org.springframework.context.annotation.Configuration
class AuditConfiguration {

    @Bean
    AuditRepository auditRepository(DSLContext dsl) {
        return new AuditRepository(dsl);
    }

    @Bean
    AuditProjector auditProjector(AuditRepository repository, JdbcTemplate jdbc) {
        return new AuditProjector(repository, new AuditProjector.StoredPositions() {
            @Override
            public Optional<Long> of(String eventId) {
                return jdbc
                        .query(
                                "select globalindex from domainevententry where eventidentifier = ?",
                                (row, i) -> row.getLong(1),
                                eventId)
                        .stream()
                        .findFirst();
            }

            @Override
            public Map<String, Long> of(Collection<String> eventIds) {
                var positions = new HashMap<String, Long>();
                jdbc.query(
                        "select eventidentifier, globalindex from domainevententry where eventidentifier = any (?)",
                        row -> {
                            positions.put(row.getString(1), row.getLong(2));
                        },
                        (Object) eventIds.toArray(String[]::new));
                return positions;
            }
        });
    }

    @Bean
    AuditQueryHandler auditQueryHandler(AuditRepository repository) {
        return new AuditQueryHandler(repository);
    }

    /** Axon's configuration is looked up when a verification runs, not when the bean is made: it registers this bean. */
    @Bean
    AuditChainVerifier auditChainVerifier(
            AuditRepository repository, JdbcTemplate jdbc, ObjectProvider<Configuration> axon) {
        return new AuditChainVerifier(repository, jdbc, axon);
    }

    @Bean(VerifyAuditTask.NAME)
    CliTask verifyAuditTask(AuditChainVerifier verifier) {
        return new VerifyAuditTask(verifier, System.out);
    }
}
