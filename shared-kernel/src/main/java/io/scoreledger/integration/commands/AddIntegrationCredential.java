package io.scoreledger.integration.commands;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * type is the wire name (connectwise, huntress, …). sealedApiKey and sealedApiSecret are already sealed by the api's
 * SecretSealer: clear-text secrets never enter a command or an event. sealedApiSecret, serverUrl and externalClientId
 * are optional (null).
 */
public record AddIntegrationCredential(
        TenantId tenantId,
        @TargetAggregateIdentifier IntegrationCredentialId credentialId,
        ClientId clientId,
        String type,
        String name,
        String sealedApiKey,
        String sealedApiSecret,
        String serverUrl,
        String externalClientId,
        Instant requestedAt) {

    @Override
    public String toString() {
        return "AddIntegrationCredential[tenantId=" + tenantId + ", credentialId=" + credentialId + ", clientId="
                + clientId + ", type=" + type + ", name=" + name + "]";
    }
}
