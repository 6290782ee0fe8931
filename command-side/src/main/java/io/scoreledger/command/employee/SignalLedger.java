package io.scoreledger.command.employee;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** (tenant, source, externalId) seen once, ever; and which employee each signal belongs to. Same transaction. */
public interface SignalLedger {

    record Entry(String source, String externalId, SignalId signalId, EmployeeId employeeId) {}

    /**
     * Claims a batch's keys together, in the order of the keys (see EmployeeDirectory.claim); answers the signals
     * that are new. A key ingested before for the tenant, or earlier in the same list, is not.
     */
    Set<SignalId> claim(TenantId tenantId, List<Entry> entries);

    Optional<EmployeeId> ownerOf(TenantId tenantId, SignalId signalId);
}
