package io.scoreledger.policy.queries;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.policy.PolicyStatus;
import java.time.Instant;

/**
 * category and owner are null when the policy has none. publishedVersion is the latest published version, null if
 * never published; adoptionRate is the percentage (one decimal) of the client's employees who acknowledged it.
 */
public record PolicyView(
        PolicyId id,
        TenantId tenantId,
        ClientId clientId,
        String title,
        String description,
        String content,
        Category category,
        Owner owner,
        String policyType,
        String notes,
        PolicyStatus status,
        String currentVersion,
        String publishedVersion,
        String rejectionReason,
        double adoptionRate,
        Instant createdAt,
        Instant lastUpdated) {

    public record Category(PolicyCategoryId id, String name) {}

    /** name is null if the owner is no longer in the directory. */
    public record Owner(UserId id, String name) {}
}
