package io.scoreledger.projection.queries;

import java.util.List;

/** Every event processor of the application, tracking and subscribing, sorted by name. */
public record GetProjectionStatuses() {

    public record Result(long head, List<ProjectionStatus> processors) {}
}
