package io.scoreledger.employee.events;

import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SignalRecorded(
        TenantId tenantId,
        EmployeeId employeeId,
        SignalId signalId,
        String source,
        String externalId,
        SignalType type,
        Severity severity,
        Instant occurredAt,
        Map<String, String> details,
        Instant recordedAt)
        implements EmployeeEvent {}
