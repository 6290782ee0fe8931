package io.scoreledger.employee.commands;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;

/** Registers new employees and updates known ones, matched by e-mail (unique per tenant), in one transaction. */
public record UpsertEmployees(TenantId tenantId, List<Employee> employees, Instant requestedAt) {

    /**
     * One employee of the batch. id is the caller's own if idGiven, else a freshly minted one, used only if the e-mail
     * is new to the tenant. name, department and clientId are optional.
     */
    public record Employee(
            EmployeeId id, boolean idGiven, String email, String name, String department, ClientId clientId) {}

    /** ids in the order of the batch. */
    public record Result(List<EmployeeId> ids, int created, int updated) {}
}
