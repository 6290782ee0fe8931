package io.scoreledger.policy.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A new policy is a draft; version is its first draft version, "0.1". */
@Revision("1")
public record PolicyCreated(
        TenantId tenantId,
        PolicyId policyId,
        ClientId clientId,
        String title,
        String description,
        String content,
        PolicyCategoryId categoryId,
        UserId ownerId,
        String policyType,
        String notes,
        String version,
        Instant createdAt)
        implements PolicyEvent {}
