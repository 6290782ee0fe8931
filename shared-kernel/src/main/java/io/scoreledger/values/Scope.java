package io.scoreledger.values;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a credential may do, one scope per endpoint group. API keys carry an explicit subset; users get the scopes of
 * their role. Each scope also has the permission name the seeds show on a user's profile.
 */
public enum Scope {
    COMPANIES_READ("companies:read", "view_companies"),
    COMPANIES_WRITE("companies:write", "manage_companies"),
    CLIENTS_READ("clients:read", "view_clients"),
    CLIENTS_WRITE("clients:write", "manage_clients"),
    USERS_READ("users:read", "view_users"),
    USERS_WRITE("users:write", "manage_users"),
    API_KEYS_MANAGE("api-keys:manage", "manage_api_keys"),
    SCORES_READ("scores:read", "view_scores"),
    DASHBOARD_READ("read:dashboard", "view_dashboard"),
    SIGNALS_WRITE("signals:write", "ingest_signals"),
    EMPLOYEES_WRITE("employees:write", "manage_employees"),
    POLICIES_READ("policies:read", "view_policies"),
    POLICIES_WRITE("policies:write", "manage_policies"),
    ASSESSMENTS_READ("assessments:read", "view_assessments"),
    ASSESSMENTS_WRITE("assessments:write", "manage_assessments"),
    WEBHOOKS_MANAGE("webhooks:manage", "manage_webhooks"),
    AUDIT_READ("audit:read", "view_audit"),
    REPORTS_READ("reports:read", "view_reports"),
    REPORTS_WRITE("reports:write", "generate_reports");

    private final String wireName;
    private final String permission;

    Scope(String wireName, String permission) {
        this.wireName = wireName;
        this.permission = permission;
    }

    public String wireName() {
        return wireName;
    }

    public String permission() {
        return permission;
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
