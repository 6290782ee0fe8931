package io.scoreledger.infra.projection;

import io.scoreledger.projection.queries.ProjectionStatus;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * /actuator/projections: the processors' status in the same form as GET /api/v1/operator/projections (without the
 * digests); the security rules keep it operator-only.
 */
@Endpoint(id = "projections")
class ProjectionsEndpoint {

    private final ProjectionMonitor monitor;

    ProjectionsEndpoint(ProjectionMonitor monitor) {
        this.monitor = monitor;
    }

    @ReadOperation
    public Map<String, Object> projections() {
        var result = monitor.statuses();
        var body = new LinkedHashMap<String, Object>();
        body.put("head", result.head());
        body.put("caughtUp", result.processors().stream().allMatch(ProjectionStatus::caughtUp));
        body.put(
                "processors",
                result.processors().stream().map(ProjectionsEndpoint::processor).toList());
        return body;
    }

    private static Map<String, Object> processor(ProjectionStatus status) {
        var processor = new LinkedHashMap<String, Object>();
        processor.put("name", status.processor());
        processor.put("kind", status.kind());
        processor.put("resettable", status.resettable());
        processor.put("state", status.state().name().toLowerCase(Locale.ROOT));
        processor.put("replaying", status.replaying());
        processor.put("caughtUp", status.caughtUp());
        processor.put("position", status.position());
        processor.put("head", status.head());
        processor.put("lag", status.lag());
        processor.put("processedSinceRebuild", status.processedSinceRebuild());
        processor.put("eventsPerSecond", status.eventsPerSecond());
        processor.put("rebuildStartedAt", status.rebuildStartedAt());
        processor.put("caughtUpAt", status.caughtUpAt());
        processor.put("error", status.error());
        processor.put("deadLetters", status.deadLetters());
        return processor;
    }
}
