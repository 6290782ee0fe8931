package io.scoreledger.api.projection;

import io.scoreledger.projection.queries.ProjectionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

record ProjectionStatusResponse(
        String name,
        String kind,
        boolean resettable,
        String state,
        boolean replaying,
        boolean caughtUp,
        @Nullable Long position,
        long head,
        @Nullable Long lag,
        @Nullable Long processedSinceRebuild,
        @Nullable Double eventsPerSecond,
        @Nullable Instant rebuildStartedAt,
        @Nullable Instant caughtUpAt,
        @Nullable String error,
        List<ProjectionStatus.Segment> segments,
        long deadLetters) {

    static ProjectionStatusResponse of(ProjectionStatus status) {
        return new ProjectionStatusResponse(
                status.processor(),
                status.kind(),
                status.resettable(),
                status.state().name().toLowerCase(Locale.ROOT),
                status.replaying(),
                status.caughtUp(),
                status.position(),
                status.head(),
                status.lag(),
                status.processedSinceRebuild(),
                status.eventsPerSecond(),
                status.rebuildStartedAt(),
                status.caughtUpAt(),
                status.error(),
                status.segments(),
                status.deadLetters());
    }
}
