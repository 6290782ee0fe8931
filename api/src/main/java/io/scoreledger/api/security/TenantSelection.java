package io.scoreledger.api.security;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.ids.TenantId;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The tenant a platform-API request acts for. It comes from the credential; a tenantId parameter or x-tenant-id
 * header only selects among tenants the caller may access, and anything else is refused as the seed shows.
 */
public final class TenantSelection {

    public static final String HEADER = "x-tenant-id";

    private TenantSelection() {}

    public static TenantId resolve(Caller caller, String tenantIdParameter, HttpServletRequest request) {
        String requested = tenantIdParameter != null ? tenantIdParameter : request.getHeader(HEADER);
        if (requested == null || requested.isBlank()) {
            if (caller.tenantId() == null) {
                throw ApiException.invalid("tenantId", "The tenantId field is required for the platform operator.");
            }
            return caller.tenantId();
        }
        if (!TenantId.isWellFormed(requested.strip())) {
            throw ApiException.forbidden(Caller.FOREIGN_TENANT_MESSAGE);
        }
        var tenant = new TenantId(requested.strip());
        caller.requireAccessTo(tenant);
        return tenant;
    }
}
