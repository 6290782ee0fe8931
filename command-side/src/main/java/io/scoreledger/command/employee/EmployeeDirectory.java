package io.scoreledger.command.employee;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;

/**
 * Which employee an e-mail address belongs to, per tenant (unique per tenant). Claims are recorded in the command's
 * transaction and roll back with it.
 */
public interface EmployeeDirectory {

    /** created: the address was new and now belongs to proposedId; otherwise id is the existing holder. */
    record Claim(EmployeeId id, boolean created) {}

    /** Null when proposedId already belongs to another address of the tenant. */
    Claim claim(TenantId tenantId, String normalizedEmail, EmployeeId proposedId);

    boolean exists(TenantId tenantId, EmployeeId employeeId);
}
