package io.scoreledger.audit.queries;

import io.scoreledger.ids.TenantId;

/** Recomputes a tenant's hash chain from the event store and compares it link by link with the recorded one. */
public record VerifyAuditChain(TenantId tenantId) {

    /**
     * checkedEvents counts the events that matched before the first mismatch (all of them when verified);
     * firstMismatchPosition and reason are null when verified; chainHash is the recorded head's link.
     */
    public record Result(
            boolean verified, long checkedEvents, Long firstMismatchPosition, String reason, String chainHash) {}
}
