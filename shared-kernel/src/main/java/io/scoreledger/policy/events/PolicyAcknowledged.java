package io.scoreledger.policy.events;

import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PolicyAcknowledged(
        TenantId tenantId, PolicyId policyId, EmployeeId employeeId, String version, Instant acknowledgedAt)
        implements PolicyEvent {}
