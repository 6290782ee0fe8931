package io.scoreledger.employee.commands;

import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;

/** Marks a signal as a false positive (a link scanner's "click"): its effect is removed, the history keeps both. */
public record DisputeSignal(TenantId tenantId, SignalId signalId, String reason, Instant requestedAt) {}
