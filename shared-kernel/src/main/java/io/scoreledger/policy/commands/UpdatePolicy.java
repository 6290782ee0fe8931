package io.scoreledger.policy.commands;

import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A null field keeps the current text. The handler answers the new draft's version ("1.1"). */
public record UpdatePolicy(
        TenantId tenantId,
        @TargetAggregateIdentifier PolicyId policyId,
        String title,
        String description,
        String content,
        Instant requestedAt) {}
