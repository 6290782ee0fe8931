package io.scoreledger.infra.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Failures stay where they happen (docs/operations/dead-letters.md). Every tracking processor with
 * axon.eventhandling.processors.NAME.dlq.enabled parks an event it cannot apply, with the rest of its sequence, in
 * Axon's JDBC dead-letter queue, while other sequences go on. No handler error is logged and skipped: Axon's default
 * for processors without a queue is a logging handler, replaced here by one that propagates, so such a processor
 * stops and retries rather than moving its token past an event it did not apply.
 */
@Configuration
class DeadLetterConfiguration {

    static final Status DEGRADED = new Status("DEGRADED", "Some events could not be projected; see dead letters");

    @Bean
    ConfigurerModule deadLetterHandling(EventProcessorProperties properties) {
        return configurer -> {
            configurer
                    .eventProcessing()
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            properties.getProcessors().forEach((name, settings) -> {
                if (settings.getDlq().isEnabled()) {
                    // A rebuild empties the queue with the read model: the replay meets the same events again.
                    configurer
                            .eventProcessing()
                            .registerDeadLetteringEventHandlerInvokerConfiguration(
                                    name,
                                    (c, builder) -> builder.allowReset(true).enableSequenceIdentifierCache());
                }
            });
        };
    }

    @Bean
    SavepointPerEvent savepointPerEvent(PlatformTransactionManager transactions) {
        return new SavepointPerEvent(transactions);
    }

    @Bean
    DeadLetterQueues deadLetterQueues(EventProcessingConfiguration processing, TransactionManager transactions) {
        return new DeadLetterQueues(processing, transactions);
    }

    @Bean
    HealthIndicator deadLetters(DeadLetterQueues queues) {
        return () -> {
            Map<String, Long> counts = queues.counts();
            long parked = counts.values().stream().mapToLong(Long::longValue).sum();
            return Health.status(parked == 0 ? Status.UP : DEGRADED)
                    .withDetail("parked", parked)
                    .withDetail("processors", counts)
                    .build();
        };
    }

    @EventListener(ApplicationStartedEvent.class)
    void gauges(ApplicationStartedEvent started) {
        var context = started.getApplicationContext();
        var queues = context.getBean(DeadLetterQueues.class);
        var meters = context.getBean(MeterRegistry.class);
        for (var name : queues.counts().keySet()) {
            Gauge.builder("scoreledger.projection.dead_letters", queues, q -> q.count(name))
                    .description("Events parked in the processor's dead-letter queue")
                    .tag("processor", name)
                    .register(meters);
        }
    }
}
