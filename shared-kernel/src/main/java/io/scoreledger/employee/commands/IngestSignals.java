package io.scoreledger.employee.commands;

import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A batch of signals, recorded in one transaction. A (tenant, source, externalId) seen before is a duplicate and
 * changes nothing; an item that cannot be recorded is rejected alone, the others still count.
 */
public record IngestSignals(TenantId tenantId, List<Signal> signals, Instant requestedAt) {

    /**
     * One signal of the batch, already checked for shape. The employee is named by employeeId or by employeeEmail;
     * newEmployeeId is used if the e-mail is new to the tenant. details are free-form strings kept for explanation.
     */
    public record Signal(
            int index,
            SignalId signalId,
            String source,
            String externalId,
            SignalType type,
            Severity severity,
            Instant occurredAt,
            EmployeeId employeeId,
            String employeeEmail,
            EmployeeId newEmployeeId,
            Map<String, String> details) {}

    public record Rejection(int index, String code, String message) {}

    /** linked: signals matched to an employee the tenant already had. */
    public record Result(int ingested, int duplicates, int linked, List<Rejection> rejected) {}
}
