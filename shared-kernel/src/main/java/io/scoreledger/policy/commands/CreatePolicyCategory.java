package io.scoreledger.policy.commands;

import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreatePolicyCategory(
        TenantId tenantId, @TargetAggregateIdentifier PolicyCategoryId categoryId, String name, Instant requestedAt) {}
