package io.scoreledger.api.security;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.ids.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;

/**
 * The tenant a platform-API request acts for. It comes from the credential; a tenantId parameter or x-tenant-id
 * header only selects among tenants the caller may access, and anything else is refused as the seed shows. Every
 * place the request names a tenant counts: none is silently ignored, and they must agree.
 */
public final class TenantSelection {

    public static final String HEADER = "x-tenant-id";
    public static final String PARAMETER = "tenantId";

    private TenantSelection() {}

    public static TenantId resolve(Caller caller, String tenantIdParameter, HttpServletRequest request) {
        return resolveNamed(caller, tenantIdParameter, request.getHeader(HEADER));
    }

    /**
     * For the batch routes whose body may name the tenant: a tenantId query parameter, when sent, is taken instead of
     * the body's.
     */
    public static TenantId resolveParameterOrBody(Caller caller, String bodyTenantId, HttpServletRequest request) {
        var parameter = parameter(request);
        return resolve(caller, parameter != null ? parameter : bodyTenantId, request);
    }

    /** All tenantId values joined by commas, as Spring binds a repeated parameter to one String. */
    static String parameter(HttpServletRequest request) {
        var values = request.getParameterValues(PARAMETER);
        return values == null ? null : String.join(",", values);
    }

    /** For routes that name the tenant in their body: a tenantId query parameter beside it counts as well. */
    public static TenantId resolveWithBody(Caller caller, String bodyTenantId, HttpServletRequest request) {
        return resolveNamed(caller, bodyTenantId, request.getParameter(PARAMETER), request.getHeader(HEADER));
    }

    private static TenantId resolveNamed(Caller caller, String... named) {
        var requested = new ArrayList<TenantId>();
        for (String value : named) {
            if (value != null && !value.isBlank()) {
                requested.add(accessible(caller, value.strip()));
            }
        }
        if (requested.isEmpty()) {
            if (caller.tenantId() == null) {
                throw ApiException.invalid("tenantId", "The tenantId field is required for the platform operator.");
            }
            return caller.tenantId();
        }
        if (requested.stream().distinct().count() > 1) {
            throw ApiException.invalid("tenantId", "The request names more than one tenant.");
        }
        return requested.getFirst();
    }

    private static TenantId accessible(Caller caller, String requested) {
        if (!TenantId.isWellFormed(requested)) {
            throw ApiException.forbidden(Caller.FOREIGN_TENANT_MESSAGE);
        }
        var tenant = new TenantId(requested);
        caller.requireAccessTo(tenant);
        return tenant;
    }
}
