package io.scoreledger.policy.events;

import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PolicyArchived(TenantId tenantId, PolicyId policyId, Instant archivedAt) implements PolicyEvent {}
