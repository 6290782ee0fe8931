package io.scoreledger.integration.queries;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import java.util.List;

/** A client's credentials, revoked ones included, oldest first. */
public record FindIntegrationCredentials(TenantId tenantId, ClientId clientId) {

    public record Result(List<IntegrationCredentialView> credentials) {}
}
