package io.scoreledger.query.tenancy;

import io.scoreledger.tenancy.queries.FindClients;
import io.scoreledger.tenancy.queries.FindCompanies;
import io.scoreledger.tenancy.queries.GetClient;
import io.scoreledger.tenancy.queries.GetCompany;
import org.axonframework.queryhandling.QueryHandler;

public class TenancyQueryHandler {

    private final TenancyRepository repository;

    public TenancyQueryHandler(TenancyRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    FindCompanies.Result handle(FindCompanies query) {
        return new FindCompanies.Result(repository.findCompanies(query.unrestricted(), query.visibleTenants()));
    }

    @QueryHandler
    GetCompany.Result handle(GetCompany query) {
        return new GetCompany.Result(repository.findCompany(query.tenantId()).orElse(null));
    }

    @QueryHandler
    FindClients.Result handle(FindClients query) {
        return new FindClients.Result(repository.findClients(query.tenantId(), query.status(), query.nameContains()));
    }

    @QueryHandler
    GetClient.Result handle(GetClient query) {
        return new GetClient.Result(
                repository.findClient(query.tenantId(), query.clientId()).orElse(null));
    }
}
