package io.scoreledger.integration.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IntegrationCredentialRevoked(
        TenantId tenantId, IntegrationCredentialId credentialId, ClientId clientId, Instant revokedAt)
        implements IntegrationCredentialEvent {}
