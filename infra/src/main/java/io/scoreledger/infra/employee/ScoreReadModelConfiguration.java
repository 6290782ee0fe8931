package io.scoreledger.infra.employee;

import io.scoreledger.query.employee.ScoreProjector;
import io.scoreledger.query.employee.ScoreQueryHandler;
import io.scoreledger.query.employee.ScoreRepository;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ScoreReadModelConfiguration {

    @Bean
    ScoreRepository scoreRepository(DSLContext dsl) {
        return new ScoreRepository(dsl);
    }

    @Bean
    ScoreProjector scoreProjector(ScoreRepository repository) {
        return new ScoreProjector(repository);
    }

    @Bean
    ScoreQueryHandler scoreQueryHandler(ScoreRepository repository, Clock clock) {
        return new ScoreQueryHandler(repository, clock);
    }
}
