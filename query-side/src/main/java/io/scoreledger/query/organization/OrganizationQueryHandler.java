package io.scoreledger.query.organization;

import io.scoreledger.organization.queries.GetOrganizationScore;
import org.axonframework.queryhandling.QueryHandler;

public class OrganizationQueryHandler {

    private final OrganizationRepository repository;

    public OrganizationQueryHandler(OrganizationRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    GetOrganizationScore.Result handle(GetOrganizationScore query) {
        if (query.asOf() != null) {
            return new GetOrganizationScore.Result(
                    repository.scoreAsOf(query.tenantId(), query.asOf()),
                    repository.findingsAsOf(query.tenantId(), query.asOf()));
        }
        return new GetOrganizationScore.Result(
                repository.score(query.tenantId()), repository.findings(query.tenantId()));
    }
}
