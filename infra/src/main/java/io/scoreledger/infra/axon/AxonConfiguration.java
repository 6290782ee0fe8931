package io.scoreledger.infra.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({CommandProperties.class, AxonUpdateCheckProperties.class})
class AxonConfiguration {

    /** Axon's serializer mapper (Jackson 2). Unknown properties are tolerated so older readers survive new fields. */
    @Bean
    ObjectMapper axonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Replaces Axon's default gateway (a @ConditionalOnMissingBean in its auto-configuration): the same, plus a retry
     * of commands that lost a race with another node, or another thread, for the same aggregate.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConflictRetry conflictRetry) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(conflictRetry)
                .build();
    }

    @Bean
    ConflictRetry conflictRetry(CommandProperties settings) {
        return new ConflictRetry(settings.conflictRetries(), settings.conflictRetryInterval());
    }

    /** Replaces the one of Axon's JDBC auto-configuration (a @ConditionalOnMissingBean), which misses PostgreSQL's. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeys();
    }

    /** Axon's processor metrics with a one-minute capacity window (see BoundedCapacityMetrics). */
    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meterRegistry) {
        return new BoundedCapacityMetrics(meterRegistry);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Axon's update checker calls out to the internet; it stays off unless scoreledger.axon.update-check=true. */
    @Bean
    UsagePropertyProvider usagePropertyProvider(AxonUpdateCheckProperties settings) {
        boolean updateCheck = settings.updateCheck();
        return new UsagePropertyProvider() {
            @Override
            public Boolean getDisabled() {
                return !updateCheck;
            }

            @Override
            public String getUrl() {
                return null;
            }

            @Override
            public int priority() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
