package io.scoreledger.api.integration;

import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.security.SecretSealer;
import io.scoreledger.api.tenancy.Visible;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Accepted;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.integration.IntegrationCredentialStatus;
import io.scoreledger.integration.commands.AddIntegrationCredential;
import io.scoreledger.integration.commands.RevokeIntegrationCredential;
import io.scoreledger.integration.queries.FindIntegrationCredentials;
import io.scoreledger.integration.queries.GetIntegrationCredential;
import io.scoreledger.integration.queries.IntegrationCredentialView;
import io.scoreledger.tenancy.queries.ClientView;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's credentials for external services (the seed's "api-keys"). The secrets are sealed here, before any
 * command is built, so they never reach a command, an event, a log line or a read model in clear, and no route ever
 * returns them.
 */
@RestController
@RequestMapping(
        path = "/api/v3/companies/{companyId}/clients/{clientId}/api-keys",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "External integrations", description = "A client's credentials for external services.")
record IntegrationCredentialsController(
        CommandGateway commands, QueryGateway queries, Writes writes, RequestClock clock, SecretSealer sealer) {

    private static final String NOT_VISIBLE =
            "The change was recorded but is not visible yet; read the credentials again shortly.";

    @GetMapping
    @RequiresScope(Scope.CLIENTS_READ)
    @Operation(
            operationId = "listIntegrationCredentials",
            summary = "List the client's integration credentials, oldest first, without their secrets")
    Envelope<List<IntegrationCredentialResponse>> list(@Visible ClientView client) {
        var result = queries.query(
                        new FindIntegrationCredentials(client.tenantId(), client.id()),
                        FindIntegrationCredentials.Result.class)
                .join();
        return Envelope.of(result.credentials().stream()
                .map(IntegrationCredentialResponse::of)
                .toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.CLIENTS_WRITE)
    @Operation(
            operationId = "addIntegrationCredential",
            summary = "Configure a credential for an external service; its secrets are stored only encrypted")
    @Answers(status = 201, data = IntegrationCredentialResponse.class, accepted = Accepted.class)
    ResponseEntity<Envelope<?>> add(
            @Valid @RequestBody AddIntegrationCredentialRequest request, @Visible ClientView client) {
        var tenantId = client.tenantId();
        var credentialId = IntegrationCredentialId.mint();
        var sealedSecret =
                request.apiSecret() == null || request.apiSecret().isEmpty() ? null : sealer.seal(request.apiSecret());
        var command = new AddIntegrationCredential(
                tenantId,
                credentialId,
                client.id(),
                request.type(),
                request.name(),
                sealer.seal(request.apiKey()),
                sealedSecret,
                request.serverUrl(),
                request.clientId(),
                clock.now());
        var location = URI.create(base(tenantId, client) + "/" + credentialId.value());
        var read = new Writes.Read<>(
                new GetIntegrationCredential(tenantId, credentialId),
                GetIntegrationCredential.Result.class,
                result -> result.found().isPresent());
        return writes.create(
                command,
                read,
                result -> IntegrationCredentialResponse.of(result.credential()),
                location,
                credentialId.value());
    }

    @DeleteMapping("/{credentialId}")
    @RequiresScope(Scope.CLIENTS_WRITE)
    @Operation(
            operationId = "revokeIntegrationCredential",
            summary = "Revoke a credential; it stays listed with status revoked, and revoking it again is 409")
    @Answers(errors = 503)
    Envelope<IntegrationCredentialResponse> revoke(@Visible IntegrationCredentialView credential) {
        commands.sendAndWait(new RevokeIntegrationCredential(credential.tenantId(), credential.id(), clock.now()));
        return await(credential, view -> view.status() == IntegrationCredentialStatus.REVOKED);
    }

    private Envelope<IntegrationCredentialResponse> await(
            IntegrationCredentialView credential, Predicate<IntegrationCredentialView> visible) {
        var read = new Writes.Read<>(
                new GetIntegrationCredential(credential.tenantId(), credential.id()),
                GetIntegrationCredential.Result.class,
                result -> result.found().map(visible::test).orElse(false));
        return Envelope.of(IntegrationCredentialResponse.of(
                writes.changed(read, NOT_VISIBLE).credential()));
    }

    private static String base(TenantId tenantId, ClientView client) {
        return "/api/v3/companies/" + tenantId.value() + "/clients/"
                + client.id().value() + "/api-keys";
    }
}
