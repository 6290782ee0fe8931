package io.scoreledger.employee.events;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SignalDisputed(
        TenantId tenantId, EmployeeId employeeId, SignalId signalId, String reason, Instant disputedAt)
        implements EmployeeEvent {}
