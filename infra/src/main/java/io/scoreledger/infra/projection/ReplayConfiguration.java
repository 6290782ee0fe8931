package io.scoreledger.infra.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.scoreledger.infra.cluster.SharedTokens;
import io.scoreledger.infra.deadletter.DeadLetterQueues;
import io.scoreledger.query.projection.ReadModelDigestQueryHandler;
import io.scoreledger.query.projection.ReadModelDigestRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
@EnableConfigurationProperties(ProjectionProperties.class)
class ReplayConfiguration {

    @Bean
    ProjectionMonitor projectionMonitor(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            MeterRegistry meters,
            Clock clock,
            ProjectionProperties settings,
            SharedTokens sharedTokens,
            BlueGreenRebuilds blueGreen,
            DeadLetterQueues deadLetters) {
        return new ProjectionMonitor(
                processing,
                eventStore,
                meters,
                clock,
                settings.progressLogInterval(),
                sharedTokens,
                blueGreen,
                deadLetters);
    }

    @Bean
    BlueGreenRebuilds blueGreenRebuilds(
            List<BlueGreenProjection> projections,
            EventProcessingConfiguration processing,
            ObjectProvider<org.axonframework.config.Configuration> axon,
            DSLContext dsl,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            SharedTokens sharedTokens) {
        return new BlueGreenRebuilds(
                projections,
                processing,
                axon,
                dsl,
                jdbc,
                new TransactionTemplate(transactionManager),
                sharedTokens.nodeId());
    }

    @Bean
    ProjectionRebuilder projectionRebuilder(
            EventProcessingConfiguration processing,
            ProjectionMonitor monitor,
            BlueGreenRebuilds blueGreen,
            Clock clock) {
        return new ProjectionRebuilder(processing, monitor, blueGreen, clock);
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
