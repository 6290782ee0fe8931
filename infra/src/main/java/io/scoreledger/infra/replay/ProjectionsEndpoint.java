package io.scoreledger.infra.replay;

import io.scoreledger.replay.queries.GetProjectionStatuses;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** /actuator/projections: the processors' status, as on the operator route; the security rules keep it operator-only. */
@Endpoint(id = "projections")
class ProjectionsEndpoint {

    private final ProjectionMonitor monitor;

    ProjectionsEndpoint(ProjectionMonitor monitor) {
        this.monitor = monitor;
    }

    @ReadOperation
    public GetProjectionStatuses.Result projections() {
        return monitor.statuses();
    }
}
