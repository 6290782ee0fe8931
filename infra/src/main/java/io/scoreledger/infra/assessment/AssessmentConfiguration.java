package io.scoreledger.infra.assessment;

import io.scoreledger.assessment.model.GlobalTemplates;
import io.scoreledger.command.assessment.AssessmentCommandModule;
import io.scoreledger.query.assessment.AssessmentProjector;
import io.scoreledger.query.assessment.AssessmentQueryHandler;
import io.scoreledger.query.assessment.AssessmentRepository;
import org.axonframework.config.ConfigurerModule;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AssessmentConfiguration {

    /** Reads the shipped global templates at startup, so a broken resource stops the start rather than a request. */
    @Bean
    ConfigurerModule assessmentCommandModule() {
        GlobalTemplates.all();
        return new AssessmentCommandModule();
    }

    @Bean
    AssessmentRepository assessmentRepository(DSLContext dsl) {
        return new AssessmentRepository(dsl);
    }

    @Bean
    AssessmentProjector assessmentProjector(AssessmentRepository repository) {
        return new AssessmentProjector(repository);
    }

    @Bean
    AssessmentQueryHandler assessmentQueryHandler(AssessmentRepository repository) {
        return new AssessmentQueryHandler(repository);
    }
}
