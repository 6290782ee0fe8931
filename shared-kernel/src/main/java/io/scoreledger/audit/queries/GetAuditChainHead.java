package io.scoreledger.audit.queries;

import io.scoreledger.ids.TenantId;

/** Where a tenant's hash chain stands: the last event position it covers and the link there. */
public record GetAuditChainHead(TenantId tenantId) {

    /** position is the global index of the tenant's last chained event (0 and an empty hash when it has none). */
    public record Result(long position, String chainHash, long eventCount) {}
}
