package io.scoreledger.api.tenancy;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;

/** Path ids, checked before anything else so a malformed or foreign id tells the caller nothing. */
public final class TenancyPaths {

    public static final String COMPANY_NOT_FOUND = "Company not found.";
    public static final String CLIENT_NOT_FOUND = "Client not found.";

    private TenancyPaths() {}

    public static TenantId company(String companyId, Caller caller) {
        if (!TenantId.isWellFormed(companyId)) {
            throw ApiException.notFound(COMPANY_NOT_FOUND);
        }
        var tenant = new TenantId(companyId);
        caller.requireAccessTo(tenant);
        return tenant;
    }

    public static ClientId client(String clientId) {
        if (!ClientId.isWellFormed(clientId)) {
            throw ApiException.notFound(CLIENT_NOT_FOUND);
        }
        return new ClientId(clientId);
    }
}
