package io.scoreledger.integration.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.integration.IntegrationType;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The secrets travel only sealed; sealedApiSecret, serverUrl and externalClientId may be null. */
@Revision("1")
public record IntegrationCredentialAdded(
        TenantId tenantId,
        IntegrationCredentialId credentialId,
        ClientId clientId,
        IntegrationType type,
        String name,
        String sealedApiKey,
        String sealedApiSecret,
        String serverUrl,
        String externalClientId,
        Instant addedAt)
        implements IntegrationCredentialEvent {

    @Override
    public String toString() {
        return "IntegrationCredentialAdded[tenantId=" + tenantId + ", credentialId=" + credentialId + ", clientId="
                + clientId + ", type=" + type + ", name=" + name + ", addedAt=" + addedAt + "]";
    }
}
