package io.scoreledger.infra.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.scoreledger.infra.cluster.SharedTokens;
import io.scoreledger.infra.deadletter.DeadLetterQueues;
import io.scoreledger.projection.queries.GetProjectionStatuses;
import io.scoreledger.projection.queries.ProjectionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;

/**
 * Knows where every event processor stands: its state, its position against the head of the event log, and, for
 * the ones rebuilt since start, how far the rebuild has come and how fast. The processors are whatever Axon's
 * EventProcessingConfiguration holds, never a list of names kept here. While a rebuild runs it logs progress every
 * few seconds, and once when the processor has caught up; it also publishes lag and position as gauges.
 */
public class ProjectionMonitor implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionMonitor.class);

    private final EventProcessingConfiguration processing;
    private final MeterRegistry meters;
    private final EventLogPositions positions;
    private final RebuildProgress rebuilds;
    private final ProcessorStatuses statuses;
    private final ProjectionGauges gauges;
    private @Nullable ScheduledExecutorService ticker;

    ProjectionMonitor(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            MeterRegistry meters,
            Clock clock,
            Duration progressInterval,
            SharedTokens sharedTokens,
            BlueGreenRebuilds blueGreen,
            DeadLetterQueues deadLetters) {
        this.processing = processing;
        this.meters = meters;
        this.positions = new EventLogPositions(eventStore, sharedTokens);
        this.rebuilds = new RebuildProgress(clock, progressInterval, positions);
        this.statuses = new ProcessorStatuses(blueGreen, deadLetters, rebuilds);
        // Held here because Micrometer holds a gauge's object only weakly.
        this.gauges = new ProjectionGauges(processing, positions, statuses);
    }

    /** Processors exist once Axon's configuration has started, so the gauges and the progress log start here. */
    @EventListener(ApplicationStartedEvent.class)
    void start() {
        gauges.register(meters, streamingProcessorNames());
        ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("projection-progress").factory());
        ticker.scheduleWithFixedDelay(this::tickSafely, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    @QueryHandler
    GetProjectionStatuses.Result handle(GetProjectionStatuses query) {
        return statuses();
    }

    GetProjectionStatuses.Result statuses() {
        var head = positions.freshHead();
        var tokens = positions.freshTokens();
        var all = new ArrayList<ProjectionStatus>();
        processing.eventProcessors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> all.add(statuses.status(entry.getKey(), entry.getValue(), head, tokens)));
        return new GetProjectionStatuses.Result(head, all);
    }

    Optional<ProjectionStatus> status(String name) {
        return processing
                .eventProcessor(name)
                .map(processor -> statuses.status(name, processor, positions.freshHead(), positions.freshTokens()));
    }

    List<String> streamingProcessorNames() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Called by the rebuilder once it has reset the processor's tokens, before it starts the processor again. */
    void rebuildStarting(String name, Instant startedAt) {
        rebuilds.starting(name, startedAt);
    }

    /** Looks at the rebuilding processors once a second, so their progress is logged even when nobody asks. */
    private void tickSafely() {
        try {
            if (rebuilds.anyRunning()) {
                var head = positions.freshHead();
                var tokens = positions.tokens();
                for (var name : rebuilds.names()) {
                    processing
                            .eventProcessor(name)
                            .ifPresent(processor -> statuses.status(name, processor, head, tokens));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read the processors' progress", e);
        }
    }
}
