package io.scoreledger.projection.commands;

import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * Resets the named tracking processors (every resettable one when the list is empty) and starts them again from the
 * beginning of the event log. tenantId is null: only the platform operator rebuilds, across all tenants.
 */
public record RebuildProjections(TenantId tenantId, List<String> processors) {

    public RebuildProjections {
        processors = processors == null ? List.of() : List.copyOf(processors);
    }

    /** The processors that were reset and restarted, in that order; they replay in the background. */
    public record Result(List<String> processors, Instant startedAt) {}
}
