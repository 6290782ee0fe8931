package io.scoreledger.organization.queries;

import io.scoreledger.ids.TenantId;

public record GetOrganizationScore(TenantId tenantId) {

    /** score is null while no organization-level finding was recorded; findings counts all recorded. */
    public record Result(Integer score, int findings) {}
}
