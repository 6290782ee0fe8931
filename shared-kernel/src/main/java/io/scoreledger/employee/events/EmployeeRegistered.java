package io.scoreledger.employee.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record EmployeeRegistered(
        TenantId tenantId,
        EmployeeId employeeId,
        String email,
        String name,
        String department,
        ClientId clientId,
        Instant registeredAt)
        implements EmployeeEvent {}
