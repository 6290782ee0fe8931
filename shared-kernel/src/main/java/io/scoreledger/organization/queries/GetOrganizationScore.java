package io.scoreledger.organization.queries;

import io.scoreledger.ids.TenantId;
import java.time.Instant;

/** Now when asOf is null, otherwise as the score and findings stood then. */
public record GetOrganizationScore(TenantId tenantId, Instant asOf) {

    public GetOrganizationScore(TenantId tenantId) {
        this(tenantId, null);
    }

    /** score is null while no organization-level finding was recorded; findings counts all recorded. */
    public record Result(Integer score, int findings) {}
}
