package io.scoreledger.command.tenancy;

import io.scoreledger.ids.TenantId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

class EventSourcedCompanies implements KnownCompanies {

    private final Repository<Company> companies;

    EventSourcedCompanies(Repository<Company> companies) {
        this.companies = companies;
    }

    @Override
    public boolean exists(TenantId tenantId) {
        try {
            companies.load(tenantId.value());
            return true;
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }
}
