package io.scoreledger.tenancy.queries;

import io.scoreledger.ids.TenantId;
import java.util.Optional;

public record GetCompany(TenantId tenantId) {

    /** company is null when no such company exists. */
    public record Result(CompanyView company) {

        public Optional<CompanyView> found() {
            return Optional.ofNullable(company);
        }
    }
}
