package io.scoreledger.api.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import io.scoreledger.audit.queries.AuditEventView;
import java.time.Instant;

/** payload is the event's JSON as the audit log keeps it, sealed secrets and key hashes masked. */
record AuditEventResponse(
        String eventId,
        long position,
        String type,
        Instant timestamp,
        String actor,
        String actorKind,
        String aggregateId,
        String aggregateType,
        Long sequence,
        String correlationId,
        String requestId,
        @Schema(types = "object", description = "The event's own JSON") @JsonRawValue String payload) {

    static AuditEventResponse of(AuditEventView view) {
        return new AuditEventResponse(
                view.eventId(),
                view.position(),
                view.type(),
                view.timestamp(),
                view.actor(),
                view.actorKind(),
                view.aggregateId(),
                view.aggregateType(),
                view.sequence(),
                view.correlationId(),
                view.requestId(),
                view.payloadJson());
    }
}
