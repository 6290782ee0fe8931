package io.scoreledger.api.security;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Role;
import java.util.Objects;

/**
 * Who is asking, as established by authentication. tenantId is null only for the platform operator, who acts
 * across all companies.
 */
public record Caller(String actorId, Role role, TenantId tenantId) {

    public static final String OPERATOR_ID = "operator";
    public static final String FOREIGN_TENANT_MESSAGE = "You are not authorized for this tenant context.";

    public Caller {
        Objects.requireNonNull(actorId);
        Objects.requireNonNull(role);
    }

    public static Caller operator() {
        return new Caller(OPERATOR_ID, Role.SUPER_ADMIN, null);
    }

    public boolean isOperator() {
        return role == Role.SUPER_ADMIN;
    }

    public boolean mayAccess(TenantId tenant) {
        return isOperator() || tenant.equals(tenantId);
    }

    public void requireAccessTo(TenantId tenant) {
        if (!mayAccess(tenant)) {
            throw ApiException.forbidden(FOREIGN_TENANT_MESSAGE);
        }
    }

    public void requireOperator() {
        if (!isOperator()) {
            throw ApiException.forbidden("Only the platform operator may do this.");
        }
    }
}
