package io.scoreledger.api.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.scoreledger.audit.queries.AuditEventView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** payload is the event's JSON as the audit log keeps it, sealed secrets and key hashes masked. */
record AuditEventResponse(
        String eventId,
        long position,
        String type,
        Instant timestamp,
        @Nullable String actor,
        String actorKind,
        @Nullable String aggregateId,
        @Nullable String aggregateType,
        @Nullable Long sequence,
        @Nullable String correlationId,
        @Nullable String requestId,

        @Schema(types = "object", description = "The event's own JSON") @JsonRawValue
        String payload) {

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
