package io.scoreledger.command.employee;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

/** (tenant, source, externalId) seen once, ever; and which employee each signal belongs to. Same transaction. */
public interface SignalLedger {

    /** False when the same source and external id were ingested before for the tenant. */
    boolean claim(TenantId tenantId, String source, String externalId, SignalId signalId, EmployeeId employeeId);

    Optional<EmployeeId> ownerOf(TenantId tenantId, SignalId signalId);
}
