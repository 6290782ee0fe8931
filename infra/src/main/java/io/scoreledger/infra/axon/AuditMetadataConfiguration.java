package io.scoreledger.infra.axon;

import io.scoreledger.audit.AuditMetadata;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every command gets its actor, tenant, request and correlation ids from {@link CommandMetadata}; these providers
 * copy them onto the events the command's handler applies. MessageOriginProvider adds Axon's correlationId (the
 * causing message's id) and traceId (the first message's id).
 */
@Configuration
class AuditMetadataConfiguration {

    @Bean
    CorrelationDataProvider auditCorrelationData() {
        return new SimpleCorrelationDataProvider(
                AuditMetadata.ACTOR,
                AuditMetadata.ACTOR_KIND,
                AuditMetadata.TENANT,
                AuditMetadata.REQUEST_ID,
                AuditMetadata.CORRELATION_ID);
    }

    @Bean
    CorrelationDataProvider originCorrelationData() {
        return new MessageOriginProvider();
    }

    @Bean
    ConfigurerModule commandMetadataModule() {
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(
                Phase.INBOUND_COMMAND_CONNECTOR,
                () -> configuration.commandBus().registerDispatchInterceptor(new CommandMetadata())));
    }
}
