package io.scoreledger.command.integration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.command.InputRules;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.integration.IntegrationCredentialStatus;
import io.scoreledger.integration.IntegrationType;
import io.scoreledger.integration.commands.AddIntegrationCredential;
import io.scoreledger.integration.commands.RevokeIntegrationCredential;
import io.scoreledger.integration.events.IntegrationCredentialAdded;
import io.scoreledger.integration.events.IntegrationCredentialRevoked;
import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A client's credential for an external service: active until revoked, then nothing changes it. Its secrets arrive
 * sealed and are kept only sealed; the aggregate never sees them in clear.
 */
class IntegrationCredential {

    static final int NAME_MAX = 255;
    static final int SEALED_MAX = 8_192;
    static final int SERVER_URL_MAX = 2_048;
    static final int CLIENT_ID_MAX = 255;

    @AggregateIdentifier
    private IntegrationCredentialId credentialId;

    private TenantId tenantId;
    private ClientId clientId;
    private IntegrationCredentialStatus status;

    IntegrationCredential() {}

    IntegrationCredential(AddIntegrationCredential command) {
        var type = IntegrationType.fromWireName(command.type())
                .orElseThrow(() -> new InvalidCommandException(
                        "type", "The type field must be one of " + IntegrationType.WIRE_NAMES + "."));
        InputRules.requireText("name", command.name(), NAME_MAX);
        InputRules.requireText("api_key", command.sealedApiKey(), SEALED_MAX);
        InputRules.optionalText("api_secret", command.sealedApiSecret(), SEALED_MAX);
        InputRules.optionalText("client_id", command.externalClientId(), CLIENT_ID_MAX);
        var serverUrl = blankToNull(command.serverUrl());
        if (serverUrl != null) {
            requireHttpsUrl(serverUrl);
        }
        apply(new IntegrationCredentialAdded(
                command.tenantId(),
                command.credentialId(),
                command.clientId(),
                type,
                command.name().strip(),
                command.sealedApiKey(),
                blankToNull(command.sealedApiSecret()),
                serverUrl,
                blankToNull(command.externalClientId()),
                command.requestedAt()));
    }

    @CommandHandler
    void handle(RevokeIntegrationCredential command) {
        if (!tenantId.equals(command.tenantId())) {
            throw new UnknownResourceException("Integration credential not found.");
        }
        if (status == IntegrationCredentialStatus.REVOKED) {
            throw new ConflictException("The integration credential is already revoked.");
        }
        apply(new IntegrationCredentialRevoked(tenantId, credentialId, clientId, command.requestedAt()));
    }

    @EventSourcingHandler
    void on(IntegrationCredentialAdded event) {
        credentialId = event.credentialId();
        tenantId = event.tenantId();
        clientId = event.clientId();
        status = IntegrationCredentialStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(IntegrationCredentialRevoked event) {
        status = IntegrationCredentialStatus.REVOKED;
    }

    static void requireHttpsUrl(String value) {
        var invalid = new InvalidCommandException("server_url", "The server_url field must be an https URL.");
        if (value.length() > SERVER_URL_MAX) {
            throw invalid;
        }
        try {
            var uri = new URI(value);
            if (uri.getScheme() == null
                    || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    || uri.getHost() == null
                    || uri.getHost().isBlank()
                    || uri.getUserInfo() != null) {
                throw invalid;
            }
        } catch (URISyntaxException e) {
            throw invalid;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
