package io.scoreledger.projection.commands;

import io.scoreledger.ids.TenantId;

/**
 * Drops a parked sequence for good: its events stay in the log but this projection never applies them (a rebuild
 * tries them again). tenantId is null: only the platform operator does this.
 */
public record EvictDeadLetters(TenantId tenantId, String processor, String sequence) {

    public record Result(long evicted) {}
}
