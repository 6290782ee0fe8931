package io.scoreledger.integration.queries;

import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

public record GetIntegrationCredential(TenantId tenantId, IntegrationCredentialId credentialId) {

    /** credential is null when the tenant has no such credential. */
    public record Result(IntegrationCredentialView credential) {

        public Optional<IntegrationCredentialView> found() {
            return Optional.ofNullable(credential);
        }
    }
}
