package io.scoreledger.command.employee;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Which employee an e-mail address belongs to, per tenant (unique per tenant). Claims are recorded in the command's
 * transaction and roll back with it.
 */
public interface EmployeeDirectory {

    /** created: the address was new and now belongs to the proposed id; otherwise id is the existing holder. */
    record Claim(EmployeeId id, boolean created) {}

    /**
     * Claims a batch's addresses together and in the order of the addresses, so that two batches sharing addresses
     * wait for one another instead of each holding what the other needs. The answer has no claim for an address
     * whose proposed id already belongs to another address.
     */
    Map<String, Claim> claim(TenantId tenantId, SortedMap<String, EmployeeId> proposedIdByNormalizedEmail);

    /** Those of the ids that are employees of the tenant. */
    Set<EmployeeId> existing(TenantId tenantId, Set<EmployeeId> employeeIds);
}
