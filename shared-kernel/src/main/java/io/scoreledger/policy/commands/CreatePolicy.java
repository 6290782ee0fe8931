package io.scoreledger.policy.commands;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** categoryId, ownerId, description, content, policyType and notes are optional (null). */
public record CreatePolicy(
        TenantId tenantId,
        @TargetAggregateIdentifier PolicyId policyId,
        ClientId clientId,
        String title,
        String description,
        String content,
        PolicyCategoryId categoryId,
        UserId ownerId,
        String policyType,
        String notes,
        Instant requestedAt) {}
