package io.scoreledger.policy.commands;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The employee acknowledges the version in force; acknowledging it again changes nothing. */
public record AcknowledgePolicy(
        TenantId tenantId, @TargetAggregateIdentifier PolicyId policyId, EmployeeId employeeId, Instant requestedAt) {

    /** version is the acknowledged one; recorded is false when the employee had already acknowledged it. */
    public record Result(String version, boolean recorded) {}
}
