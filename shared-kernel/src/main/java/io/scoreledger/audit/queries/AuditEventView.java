package io.scoreledger.audit.queries;

import java.time.Instant;

/**
 * One event of a tenant's audit log. payloadJson is the event's payload as a JSON object, with sealed secrets and
 * key hashes replaced by "[sealed]" or "[redacted]". actor, actorKind, correlationId and requestId are null for
 * events recorded without that metadata; the aggregate fields are null for events that no aggregate applied.
 */
public record AuditEventView(
        String eventId,
        long position,
        String type,
        String revision,
        Instant timestamp,
        String actor,
        String actorKind,
        String aggregateId,
        String aggregateType,
        Long sequence,
        String correlationId,
        String requestId,
        String payloadJson) {}
