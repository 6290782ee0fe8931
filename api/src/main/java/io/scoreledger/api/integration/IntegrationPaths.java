package io.scoreledger.api.integration;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;

/** Path ids, checked before anything else so a malformed or foreign id tells the caller nothing. */
final class IntegrationPaths {

    static final String COMPANY_NOT_FOUND = "Company not found.";
    static final String CLIENT_NOT_FOUND = "Client not found.";
    static final String CREDENTIAL_NOT_FOUND = "Integration credential not found.";

    private IntegrationPaths() {}

    static TenantId company(String companyId, Caller caller) {
        if (!TenantId.isWellFormed(companyId)) {
            throw ApiException.notFound(COMPANY_NOT_FOUND);
        }
        var tenant = new TenantId(companyId);
        caller.requireAccessTo(tenant);
        return tenant;
    }

    static ClientId client(String clientId) {
        if (!ClientId.isWellFormed(clientId)) {
            throw ApiException.notFound(CLIENT_NOT_FOUND);
        }
        return new ClientId(clientId);
    }

    static IntegrationCredentialId credential(String credentialId) {
        if (!IntegrationCredentialId.isWellFormed(credentialId)) {
            throw ApiException.notFound(CREDENTIAL_NOT_FOUND);
        }
        return new IntegrationCredentialId(credentialId);
    }
}
