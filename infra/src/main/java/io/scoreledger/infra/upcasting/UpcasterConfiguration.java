package io.scoreledger.infra.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon chains every EventUpcaster bean into the event store's upcaster chain. */
@Configuration
class UpcasterConfiguration {

    @Bean
    EventUpcaster nulCharacterUpcaster() {
        return new NulCharacterUpcaster();
    }

    @Bean
    EventUpcaster policyPublishedUpcaster() {
        return new PolicyPublishedUpcaster();
    }

    @Bean
    EventUpcaster apiKeyIssuedUpcaster() {
        return AddedFieldsUpcaster.apiKeyIssuedWithIssuerCeiling();
    }

    @Bean
    EventUpcaster sessionStartedUpcaster() {
        return AddedFieldsUpcaster.sessionStartedWithOpeningToken();
    }
}
