package io.scoreledger.employee.queries;

import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.ids.SignalId;
import java.time.Instant;

/** disputedAt is null unless the signal was disputed (and so weighs nothing). */
public record SignalView(
        SignalId id,
        String source,
        String externalId,
        SignalType type,
        Severity severity,
        Instant occurredAt,
        Instant disputedAt) {}
