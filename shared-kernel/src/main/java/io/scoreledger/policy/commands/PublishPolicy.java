package io.scoreledger.policy.commands;

import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** publishedBy is the acting principal's id (usr_…, key_… or "operator"). */
public record PublishPolicy(
        TenantId tenantId, @TargetAggregateIdentifier PolicyId policyId, String publishedBy, Instant requestedAt) {}
