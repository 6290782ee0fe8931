package io.scoreledger.identity.queries;

import io.scoreledger.ids.TenantId;
import java.util.List;

/** The tenant's keys issued by issuedBy (a user id or "operator"); null issuedBy means every issuer. */
public record FindApiKeys(TenantId tenantId, String issuedBy) {

    public record Result(List<ApiKeyView> items) {}
}
