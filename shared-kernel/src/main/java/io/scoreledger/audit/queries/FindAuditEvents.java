package io.scoreledger.audit.queries;

import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * A tenant's audit log, newest first. Every filter may be null: from is inclusive, to exclusive, cursor the position
 * to continue before (the previous page's nextCursor).
 */
public record FindAuditEvents(
        TenantId tenantId,
        Instant from,
        Instant to,
        String type,
        String actor,
        String aggregateId,
        Long cursor,
        int limit) {

    /** nextCursor is null on the last page. */
    public record Result(List<AuditEventView> items, Long nextCursor) {}
}
