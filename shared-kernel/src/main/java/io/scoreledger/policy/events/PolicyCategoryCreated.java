package io.scoreledger.policy.events;

import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PolicyCategoryCreated(TenantId tenantId, PolicyCategoryId categoryId, String name, Instant createdAt)
        implements PolicyCategoryEvent {}
