package io.scoreledger.policy.commands;

import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchivePolicy(
        TenantId tenantId, @TargetAggregateIdentifier PolicyId policyId, Instant requestedAt) {}
