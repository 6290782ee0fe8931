package io.scoreledger.employee.commands;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Re-scores an employee as of a moment, so that age-decayed signals show in the log as score changes. */
public record ApplyScoreDecay(
        TenantId tenantId, @TargetAggregateIdentifier EmployeeId employeeId, Instant asOf) {}
