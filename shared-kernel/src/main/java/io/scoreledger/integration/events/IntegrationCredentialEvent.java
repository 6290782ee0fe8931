package io.scoreledger.integration.events;

import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;

public sealed interface IntegrationCredentialEvent permits IntegrationCredentialAdded, IntegrationCredentialRevoked {

    TenantId tenantId();

    IntegrationCredentialId credentialId();
}
