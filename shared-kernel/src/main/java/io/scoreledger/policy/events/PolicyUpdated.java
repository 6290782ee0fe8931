package io.scoreledger.policy.events;

import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A new draft version with the whole text (not a diff), so every version stays readable on its own. */
@Revision("1")
public record PolicyUpdated(
        TenantId tenantId,
        PolicyId policyId,
        String title,
        String description,
        String content,
        String version,
        Instant updatedAt)
        implements PolicyEvent {}
