package io.scoreledger.infra.policy;

import io.scoreledger.command.policy.PolicyCommandModule;
import io.scoreledger.query.policy.PolicyProjector;
import io.scoreledger.query.policy.PolicyQueryHandler;
import io.scoreledger.query.policy.PolicyRepository;
import org.axonframework.config.ConfigurerModule;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PolicyConfiguration {

    @Bean
    ConfigurerModule policyCommandModule() {
        return new PolicyCommandModule();
    }

    @Bean
    PolicyRepository policyRepository(DSLContext dsl) {
        return new PolicyRepository(dsl);
    }

    @Bean
    PolicyProjector policyProjector(PolicyRepository repository) {
        return new PolicyProjector(repository);
    }

    @Bean
    PolicyQueryHandler policyQueryHandler(PolicyRepository repository) {
        return new PolicyQueryHandler(repository);
    }
}
