package io.scoreledger.projection.queries;

import io.scoreledger.projection.ProjectionState;
import java.time.Instant;
import java.util.List;

/**
 * One event processor. Positions are global indexes of the event log: position is the lowest one its segments have
 * reached (null before it has claimed a segment), lag is head minus position. processedSinceRebuild and
 * eventsPerSecond are null unless the processor was rebuilt since the application started; once it has caught up the
 * rate is the average over the whole rebuild. With several nodes, segments is where each segment is processed (owner
 * null: by nobody now), and the state and position take in the segments other nodes hold, as far as they last
 * committed them. deadLetters counts the events parked in its dead-letter queue.
 */
public record ProjectionStatus(
        String processor,
        String kind,
        boolean resettable,
        ProjectionState state,
        Long position,
        long head,
        Long lag,
        Long processedSinceRebuild,
        Double eventsPerSecond,
        Instant rebuildStartedAt,
        Instant caughtUpAt,
        String error,
        List<Segment> segments,
        long deadLetters) {

    public ProjectionStatus {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    public record Segment(int segment, String owner, Long position) {}

    public boolean replaying() {
        return state == ProjectionState.REPLAYING;
    }

    public boolean caughtUp() {
        return state == ProjectionState.CAUGHT_UP || state == ProjectionState.SUBSCRIBED;
    }
}
