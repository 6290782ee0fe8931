package io.scoreledger.employee.events;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;

public sealed interface EmployeeEvent
        permits EmployeeRegistered, EmployeeProfileChanged, SignalRecorded, SignalDisputed, EmployeeScoreChanged {

    TenantId tenantId();

    EmployeeId employeeId();
}
