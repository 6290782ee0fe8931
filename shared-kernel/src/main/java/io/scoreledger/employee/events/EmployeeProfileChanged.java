package io.scoreledger.employee.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The profile as it now stands; department moves take the employee's score along in the read models. */
@Revision("1")
public record EmployeeProfileChanged(
        TenantId tenantId, EmployeeId employeeId, String name, String department, ClientId clientId, Instant changedAt)
        implements EmployeeEvent {}
