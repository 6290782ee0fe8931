package io.scoreledger.projection.commands;

import io.scoreledger.ids.TenantId;

/**
 * Hands parked sequences back to their projection, oldest letter first. processor null: every processor; sequence
 * null: every sequence of it. A sequence that fails again stays parked with its new cause. tenantId is null: only
 * the platform operator does this.
 */
public record RetryDeadLetters(TenantId tenantId, String processor, String sequence) {

    /** Sequences tried, of those the ones now applied, and the letters still parked afterwards. */
    public record Result(int attempted, int applied, long remaining) {}
}
