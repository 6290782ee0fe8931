package io.scoreledger.values;

import static io.scoreledger.values.Scope.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public enum Role {
    /** The platform operator: every company, every scope. Not a role users of a company can hold. */
    SUPER_ADMIN("super_admin", "Super Administrator", EnumSet.allOf(Scope.class)),
    /** Its own company and all of that company's clients. */
    MSP_ADMIN("msp_admin", "MSP Administrator", EnumSet.complementOf(EnumSet.of(COMPANIES_WRITE))),
    /**
     * Only the clients the user is assigned to, read-mostly. No score or dashboard scopes: those read models are not
     * narrowed to clients yet, and would show the whole company.
     */
    COMPANY_USER(
            "company_user",
            "Company User",
            EnumSet.of(
                    COMPANIES_READ,
                    CLIENTS_READ,
                    API_KEYS_MANAGE,
                    POLICIES_READ,
                    ASSESSMENTS_READ,
                    ASSESSMENTS_WRITE,
                    REPORTS_READ)),
    /** Read-only, plus the audit trail. */
    AUDITOR(
            "auditor",
            "Auditor",
            EnumSet.of(
                    COMPANIES_READ,
                    CLIENTS_READ,
                    USERS_READ,
                    SCORES_READ,
                    DASHBOARD_READ,
                    POLICIES_READ,
                    ASSESSMENTS_READ,
                    AUDIT_READ,
                    REPORTS_READ));

    private final String wireName;
    private final String displayName;
    private final Set<Scope> scopes;

    Role(String wireName, String displayName, Set<Scope> scopes) {
        this.wireName = wireName;
        this.displayName = displayName;
        this.scopes = Set.copyOf(scopes);
    }

    public String wireName() {
        return wireName;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    /** The seeds' permission names, in catalogue order. */
    public List<String> permissions() {
        return Arrays.stream(Scope.values())
                .filter(scopes::contains)
                .map(Scope::permission)
                .toList();
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }

    /** Whether the role sees only the clients its holder is assigned to, rather than every client of its company. */
    public boolean narrowsToClients() {
        return this == COMPANY_USER;
    }

    /** Roles a company's user directory can grant. */
    public boolean isGrantable() {
        return this != SUPER_ADMIN;
    }
}
