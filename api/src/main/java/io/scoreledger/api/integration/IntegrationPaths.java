package io.scoreledger.api.integration;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.ids.IntegrationCredentialId;

/** This feature's own path ids; company and client ids are checked by {@link io.scoreledger.api.tenancy.TenancyPaths}. */
final class IntegrationPaths {

    static final String CREDENTIAL_NOT_FOUND = "Integration credential not found.";

    private IntegrationPaths() {}

    static IntegrationCredentialId credential(String credentialId) {
        if (!IntegrationCredentialId.isWellFormed(credentialId)) {
            throw ApiException.notFound(CREDENTIAL_NOT_FOUND);
        }
        return new IntegrationCredentialId(credentialId);
    }
}
