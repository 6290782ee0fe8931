package io.scoreledger.infra.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.scoreledger.infra.cluster.SharedTokens;
import io.scoreledger.infra.deadletter.DeadLetterQueues;
import io.scoreledger.replay.ProjectionState;
import io.scoreledger.replay.queries.GetProjectionStatuses;
import io.scoreledger.replay.queries.ProjectionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
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
    private static final Duration HEAD_CACHE = Duration.ofMillis(500);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration progressInterval;
    private final SharedTokens sharedTokens;
    private final BlueGreenRebuilds blueGreen;
    private final DeadLetterQueues deadLetters;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private volatile long cachedHead;
    private volatile long cachedHeadAt;
    private volatile Map<String, List<SharedTokens.Segment>> cachedTokens = Map.of();
    private volatile long cachedTokensAt;

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
        this.eventStore = eventStore;
        this.meters = meters;
        this.clock = clock;
        this.progressInterval = progressInterval;
        this.sharedTokens = sharedTokens;
        this.blueGreen = blueGreen;
        this.deadLetters = deadLetters;
    }

    /** Processors exist once Axon's configuration has started, so the gauges and the progress log start here. */
    @EventListener(ApplicationStartedEvent.class)
    void start() {
        Gauge.builder("scoreledger.events.head", this, monitor -> monitor.head())
                .description("Global index of the last event in the event log")
                .register(meters);
        for (var name : streamingProcessorNames()) {
            Gauge.builder("scoreledger.projection.lag", this, monitor -> monitor.gauge(name, Gauged.LAG))
                    .description("Events the processor is behind the head of the event log")
                    .tag("processor", name)
                    .register(meters);
            Gauge.builder("scoreledger.projection.position", this, monitor -> monitor.gauge(name, Gauged.POSITION))
                    .description("Global index of the last event the processor has handled")
                    .tag("processor", name)
                    .register(meters);
            Gauge.builder("scoreledger.projection.replaying", this, monitor -> monitor.gauge(name, Gauged.REPLAYING))
                    .description("1 while the processor replays after a reset, else 0")
                    .tag("processor", name)
                    .register(meters);
        }
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
        var head = freshHead();
        var tokens = freshTokens();
        var all = new ArrayList<ProjectionStatus>();
        processing.eventProcessors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> all.add(status(entry.getKey(), entry.getValue(), head, tokens)));
        return new GetProjectionStatuses.Result(head, all);
    }

    Optional<ProjectionStatus> status(String name) {
        return processing.eventProcessor(name).map(processor -> status(name, processor, freshHead(), freshTokens()));
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
        var tail = position(eventStore.createTailToken());
        rebuilds.put(name, new Rebuild(startedAt, System.nanoTime(), tail, freshHead()));
    }

    long freshHead() {
        var head = position(eventStore.createHeadToken());
        cachedHead = head;
        cachedHeadAt = System.nanoTime();
        return head;
    }

    private long head() {
        if (System.nanoTime() - cachedHeadAt > HEAD_CACHE.toNanos()) {
            return freshHead();
        }
        return cachedHead;
    }

    private Map<String, List<SharedTokens.Segment>> freshTokens() {
        var tokens = sharedTokens.segments();
        cachedTokens = tokens;
        cachedTokensAt = System.nanoTime();
        return tokens;
    }

    private Map<String, List<SharedTokens.Segment>> tokens() {
        if (System.nanoTime() - cachedTokensAt > HEAD_CACHE.toNanos()) {
            return freshTokens();
        }
        return cachedTokens;
    }

    private ProjectionStatus status(
            String name, EventProcessor processor, long head, Map<String, List<SharedTokens.Segment>> tokens) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            var state = processor.isRunning() ? ProjectionState.SUBSCRIBED : ProjectionState.STOPPED;
            return new ProjectionStatus(
                    name, kind(processor), false, state, null, head, null, null, null, null, null, null, List.of(), 0);
        }
        // While a blue/green rebuild replays, its progress is the shadow processor's; the live one stays at the head.
        var shadow = blueGreen.shadowOf(name);
        var source = shadow.orElse(streaming);
        var local = source.processingStatus();
        var segments = local.values();
        var stored = tokens.getOrDefault(
                shadow.isPresent() ? BlueGreenRebuilds.shadowProcessorName(name) : name, List.of());
        var elsewhere = stored.stream()
                .filter(segment -> segment.claimedElsewhere() && !local.containsKey(segment.segment()))
                .toList();
        var parked = deadLetters.count(name);
        var state = state(source, segments, elsewhere, head);
        if (shadow.isPresent() && state != ProjectionState.ERROR && state != ProjectionState.STOPPED) {
            state = ProjectionState.REPLAYING;
        }
        state = withDeadLetters(state, parked);
        var position = Stream.concat(
                        segments.stream()
                                .map(EventTrackerStatus::getCurrentPosition)
                                .filter(OptionalLong::isPresent)
                                .map(OptionalLong::getAsLong),
                        elsewhere.stream().map(SharedTokens.Segment::position).filter(Objects::nonNull))
                .min(Comparator.naturalOrder())
                .orElse(null);
        var error = segments.stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(segment -> segment.getError() == null ? "error" : String.valueOf(segment.getError().getMessage()))
                .findFirst()
                .orElse(null);
        var lag = position == null ? null : Math.max(0, head - position);
        var where = stored.stream()
                .map(segment -> new ProjectionStatus.Segment(
                        segment.segment(),
                        segment.owner(),
                        local.containsKey(segment.segment())
                                ? local.get(segment.segment()).getCurrentPosition().stream().boxed().findFirst().orElse(null)
                                : segment.position()))
                .toList();
        var rebuild = rebuilds.get(name);
        if (rebuild == null) {
            return new ProjectionStatus(
                    name, kind(processor), streaming.supportsReset(), state, position, head, lag, null, null, null,
                    null, error, where, parked);
        }
        var progress = rebuild.observe(name, state, position);
        return new ProjectionStatus(
                name,
                kind(processor),
                streaming.supportsReset(),
                state,
                position,
                head,
                lag,
                progress.processed(),
                progress.eventsPerSecond(),
                rebuild.startedAt,
                progress.caughtUpAt(),
                error,
                where,
                parked);
    }

    /**
     * Segments other nodes hold count with the position they last committed: caught up when that is the head, since
     * Axon's own caught-up flag is known only to the node that processes them.
     */
    private static ProjectionState state(
            StreamingEventProcessor processor,
            Collection<EventTrackerStatus> segments,
            List<SharedTokens.Segment> elsewhere,
            long head) {
        if (!processor.isRunning()) {
            return processor.isError() ? ProjectionState.ERROR : ProjectionState.STOPPED;
        }
        if (segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return ProjectionState.ERROR;
        }
        if (segments.isEmpty() && elsewhere.isEmpty()) {
            return ProjectionState.STARTING;
        }
        if (segments.stream().anyMatch(ProjectionMonitor::beforeResetPosition)
                || elsewhere.stream().anyMatch(SharedTokens.Segment::replaying)) {
            return ProjectionState.REPLAYING;
        }
        return segments.stream().allMatch(EventTrackerStatus::isCaughtUp)
                        && elsewhere.stream().allMatch(segment -> segment.position() != null && segment.position() >= head)
                ? ProjectionState.CAUGHT_UP
                : ProjectionState.CATCHING_UP;
    }

    /** A processor at the head that parked events has not applied the whole log, so it is not caught up. */
    private static ProjectionState withDeadLetters(ProjectionState state, long parked) {
        return state == ProjectionState.CAUGHT_UP && parked > 0 ? ProjectionState.DEGRADED : state;
    }

    /**
     * Axon keeps a segment "replaying" until it handles an event past the reset position, so a replay that has
     * reached the last event of a quiet log would look unfinished for ever; here it is over at the reset position.
     */
    private static boolean beforeResetPosition(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        var position = segment.getCurrentPosition();
        var reset = segment.getResetPosition();
        return position.isEmpty() || reset.isEmpty() || position.getAsLong() < reset.getAsLong();
    }

    private static String kind(EventProcessor processor) {
        return switch (processor) {
            case TrackingEventProcessor ignored -> "tracking";
            case PooledStreamingEventProcessor ignored -> "pooled";
            case SubscribingEventProcessor ignored -> "subscribing";
            default -> processor.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        };
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    private enum Gauged {
        LAG,
        POSITION,
        REPLAYING
    }

    private double gauge(String name, Gauged what) {
        var processor = processing.eventProcessor(name).orElse(null);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return Double.NaN;
        }
        var status = status(name, streaming, head(), tokens());
        return switch (what) {
            case LAG -> status.lag() == null ? Double.NaN : status.lag();
            case POSITION -> status.position() == null ? Double.NaN : status.position();
            case REPLAYING -> status.replaying() ? 1 : 0;
        };
    }

    private void tickSafely() {
        try {
            if (rebuilds.values().stream().anyMatch(rebuild -> !rebuild.caughtUp())) {
                var head = freshHead();
                var tokens = tokens();
                for (var name : List.copyOf(rebuilds.keySet())) {
                    processing.eventProcessor(name).ifPresent(processor -> status(name, processor, head, tokens));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read the processors' progress", e);
        }
    }

    record Progress(Long processed, Double eventsPerSecond, Instant caughtUpAt) {}

    /** One processor's rebuild, from the reset to the moment it is first seen caught up. */
    private final class Rebuild {

        private final Instant startedAt;
        private final long startNanos;
        private final long tail;
        private final long headAtStart;
        private long lastLogNanos;
        private Instant caughtUpAt;
        private long processedWhenCaughtUp;
        private double rateWhenCaughtUp;

        Rebuild(Instant startedAt, long startNanos, long tail, long headAtStart) {
            this.startedAt = startedAt;
            this.startNanos = startNanos;
            this.tail = tail;
            this.headAtStart = headAtStart;
            this.lastLogNanos = startNanos;
        }

        synchronized boolean caughtUp() {
            return caughtUpAt != null;
        }

        synchronized Progress observe(String name, ProjectionState state, Long position) {
            if (caughtUpAt != null) {
                return new Progress(processedWhenCaughtUp, rateWhenCaughtUp, caughtUpAt);
            }
            var now = System.nanoTime();
            long processed = position == null ? 0 : Math.max(0, position - tail);
            double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
            double rate = Math.round(processed / seconds * 10) / 10.0;
            // The reset position is the head as it was when the rebuild began; a replay is over only past it.
            var atHead = state == ProjectionState.CAUGHT_UP || state == ProjectionState.DEGRADED;
            if (atHead && (position != null && position >= headAtStart || headAtStart == 0)) {
                caughtUpAt = clock.instant();
                processedWhenCaughtUp = processed;
                rateWhenCaughtUp = rate;
                LOG.info(
                        "Rebuilt {}: caught up at position {} after {} events in {} s ({} events/s)",
                        name,
                        position == null ? 0 : position,
                        processed,
                        String.format(Locale.ROOT, "%.1f", seconds),
                        rate);
                return new Progress(processed, rate, caughtUpAt);
            }
            if (now - lastLogNanos >= progressInterval.toNanos()) {
                lastLogNanos = now;
                LOG.info(
                        "Rebuilding {}: {}, {} events processed, {} events/s, lag {} (position {} of {})",
                        name,
                        state.name().toLowerCase(Locale.ROOT),
                        processed,
                        rate,
                        position == null ? "unknown" : Math.max(0, cachedHead - position),
                        position == null ? "none yet" : position,
                        cachedHead);
            }
            return new Progress(processed, rate, null);
        }
    }
}
