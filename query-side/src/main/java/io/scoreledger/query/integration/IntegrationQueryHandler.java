package io.scoreledger.query.integration;

import io.scoreledger.integration.queries.FindIntegrationCredentials;
import io.scoreledger.integration.queries.GetIntegrationCredential;
import org.axonframework.queryhandling.QueryHandler;

public class IntegrationQueryHandler {

    private final IntegrationCredentialRepository repository;

    public IntegrationQueryHandler(IntegrationCredentialRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    FindIntegrationCredentials.Result handle(FindIntegrationCredentials query) {
        return new FindIntegrationCredentials.Result(repository.findByClient(query.tenantId(), query.clientId()));
    }

    @QueryHandler
    GetIntegrationCredential.Result handle(GetIntegrationCredential query) {
        return new GetIntegrationCredential.Result(
                repository.find(query.tenantId(), query.credentialId()).orElse(null));
    }
}
