package io.scoreledger.infra.score;

import io.scoreledger.query.score.ScoreProjector;
import io.scoreledger.query.score.ScoreQueryHandler;
import io.scoreledger.query.score.ScoreRepository;
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
