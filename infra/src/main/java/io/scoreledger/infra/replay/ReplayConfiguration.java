package io.scoreledger.infra.replay;

import io.micrometer.core.instrument.MeterRegistry;
import io.scoreledger.infra.cluster.SharedTokens;
import io.scoreledger.infra.deadletter.DeadLetterQueues;
import io.scoreledger.query.digest.ReadModelDigestQueryHandler;
import io.scoreledger.query.digest.ReadModelDigestRepository;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReplayConfiguration {

    @Bean
    ProjectionMonitor projectionMonitor(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            MeterRegistry meters,
            Clock clock,
            @Value("${scoreledger.projections.progress-log-interval:PT5S}") Duration progressInterval,
            SharedTokens sharedTokens,
            DeadLetterQueues deadLetters) {
        return new ProjectionMonitor(
                processing, eventStore, meters, clock, progressInterval, sharedTokens, deadLetters);
    }

    @Bean
    ProjectionRebuilder projectionRebuilder(
            EventProcessingConfiguration processing, ProjectionMonitor monitor, Clock clock) {
        return new ProjectionRebuilder(processing, monitor, clock);
    }

    @Bean
    ReplayTask replayTask(ProjectionRebuilder rebuilder, ProjectionMonitor monitor) {
        return new ReplayTask(rebuilder, monitor, System.out, Duration.ofMillis(500), Duration.ofSeconds(5));
    }

    @Bean
    ProjectionsEndpoint projectionsEndpoint(ProjectionMonitor monitor) {
        return new ProjectionsEndpoint(monitor);
    }

    @Bean
    ReadModelDigestRepository readModelDigestRepository(DSLContext dsl) {
        return new ReadModelDigestRepository(dsl);
    }

    @Bean
    ReadModelDigestQueryHandler readModelDigestQueryHandler(ReadModelDigestRepository repository) {
        return new ReadModelDigestQueryHandler(repository);
    }
}
