package io.scoreledger.integration.queries;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.integration.IntegrationCredentialStatus;
import io.scoreledger.integration.IntegrationType;
import java.time.Instant;

/** A configured credential without its secrets; lastSync is null until a sync has run. */
public record IntegrationCredentialView(
        IntegrationCredentialId id,
        TenantId tenantId,
        ClientId clientId,
        IntegrationType type,
        String name,
        IntegrationCredentialStatus status,
        String serverUrl,
        String externalClientId,
        Instant lastSync,
        Instant createdAt) {}
