package io.scoreledger.tenancy.queries;

import io.scoreledger.ids.TenantId;
import java.util.List;
import java.util.Set;

/** Companies visible to the caller: every company when unrestricted, otherwise only those listed. */
public record FindCompanies(boolean unrestricted, Set<TenantId> visibleTenants) {

    public static FindCompanies all() {
        return new FindCompanies(true, Set.of());
    }

    public static FindCompanies only(Set<TenantId> tenants) {
        return new FindCompanies(false, Set.copyOf(tenants));
    }

    public record Result(List<CompanyView> companies) {}
}
