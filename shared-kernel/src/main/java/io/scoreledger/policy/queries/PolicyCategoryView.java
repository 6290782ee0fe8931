package io.scoreledger.policy.queries;

import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;

public record PolicyCategoryView(PolicyCategoryId id, TenantId tenantId, String name, Instant createdAt) {}
