package io.scoreledger.infra.projection;

import io.scoreledger.infra.cluster.SharedTokens;
import io.scoreledger.infra.deadletter.DeadLetterQueues;
import io.scoreledger.projection.ProjectionState;
import io.scoreledger.projection.queries.ProjectionStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * One processor's status from what this node sees of it (its segments' trackers), what other nodes stored (their
 * tokens), its parked events, and its blue/green shadow or rebuild, if any.
 */
final class ProcessorStatuses {

    private final BlueGreenRebuilds blueGreen;
    private final DeadLetterQueues deadLetters;
    private final RebuildProgress rebuilds;

    ProcessorStatuses(BlueGreenRebuilds blueGreen, DeadLetterQueues deadLetters, RebuildProgress rebuilds) {
        this.blueGreen = blueGreen;
        this.deadLetters = deadLetters;
        this.rebuilds = rebuilds;
    }

    ProjectionStatus status(
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
        var stored =
                tokens.getOrDefault(shadow.isPresent() ? BlueGreenRebuilds.shadowProcessorName(name) : name, List.of());
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
                .map(segment -> segment.getError() == null
                        ? "error"
                        : String.valueOf(segment.getError().getMessage()))
                .findFirst()
                .orElse(null);
        var lag = position == null ? null : Math.max(0, head - position);
        var where = stored.stream()
                .map(segment -> new ProjectionStatus.Segment(
                        segment.segment(),
                        segment.owner(),
                        local.containsKey(segment.segment())
                                ? local.get(segment.segment()).getCurrentPosition().stream()
                                        .boxed()
                                        .findFirst()
                                        .orElse(null)
                                : segment.position()))
                .toList();
        var rebuild = rebuilds.observe(name, state, position);
        if (rebuild == null) {
            return new ProjectionStatus(
                    name,
                    kind(processor),
                    streaming.supportsReset(),
                    state,
                    position,
                    head,
                    lag,
                    null,
                    null,
                    null,
                    null,
                    error,
                    where,
                    parked);
        }
        var progress = rebuild.progress();
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
                rebuild.startedAt(),
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
        if (segments.stream().anyMatch(ProcessorStatuses::beforeResetPosition)
                || elsewhere.stream().anyMatch(SharedTokens.Segment::replaying)) {
            return ProjectionState.REPLAYING;
        }
        return segments.stream().allMatch(EventTrackerStatus::isCaughtUp)
                        && elsewhere.stream()
                                .allMatch(segment -> segment.position() != null && segment.position() >= head)
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
}
