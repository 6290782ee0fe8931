package io.scoreledger.api.tenancy;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.TextParameters;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Accepted;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.tenancy.commands.CreateClient;
import io.scoreledger.tenancy.commands.DeactivateClient;
import io.scoreledger.tenancy.commands.ReactivateClient;
import io.scoreledger.tenancy.queries.ClientView;
import io.scoreledger.tenancy.queries.FindClients;
import io.scoreledger.tenancy.queries.GetClient;
import io.scoreledger.values.ClientStatus;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v3/companies/{companyId}/clients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Clients", description = "A company's clients.")
record ClientsController(CommandGateway commands, QueryGateway queries, Writes writes, RequestClock clock) {

    @GetMapping
    @RequiresScope(Scope.CLIENTS_READ)
    @Operation(operationId = "listClients", summary = "List a company's clients")
    Envelope<List<ClientResponse>> list(
            @AuthenticationPrincipal Caller caller,
            @Visible TenantId tenantId,
            @Parameter(description = "ACTIVE or INACTIVE") @RequestParam(required = false) String status,
            @Parameter(description = "Case-insensitive match anywhere in the client's name")
                    @RequestParam(required = false)
                    String search) {
        var statusFilter = parseStatus(status);
        var query = new FindClients(tenantId, statusFilter, TextParameters.search(search));
        var result = queries.query(query, FindClients.Result.class).join();
        return Envelope.of(result.clients().stream()
                .filter(client -> caller.maySee(client.id()))
                .map(ClientResponse::of)
                .toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.CLIENTS_WRITE)
    @Operation(operationId = "createClient", summary = "Create a client for the company")
    @Answers(status = 201, data = ClientResponse.class, accepted = Accepted.class)
    ResponseEntity<Envelope<?>> create(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String companyId,
            @Valid @RequestBody CreateClientRequest request) {
        var tenantId = TenancyPaths.company(companyId, caller);
        var clientId = ClientId.mint();
        var command = new CreateClient(tenantId, clientId, request.toProfile(), clock.now());
        var read = new Writes.Read<>(
                new GetClient(tenantId, clientId),
                GetClient.Result.class,
                result -> result.found().isPresent());
        var location = URI.create("/api/v3/companies/" + tenantId.value() + "/clients/" + clientId.value());
        return writes.create(command, read, result -> ClientResponse.of(result.client()), location, clientId.value());
    }

    @GetMapping("/{clientId}")
    @RequiresScope(Scope.CLIENTS_READ)
    @Operation(operationId = "getClient", summary = "One client")
    Envelope<ClientResponse> get(@Visible ClientView client) {
        return Envelope.of(ClientResponse.of(client));
    }

    @PatchMapping(path = "/{clientId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.CLIENTS_WRITE)
    @Operation(operationId = "updateClient", summary = "Deactivate or reactivate a client")
    @Answers(errors = 503)
    Envelope<ClientResponse> update(@Valid @RequestBody UpdateClientRequest request, @Visible ClientView client) {
        var tenantId = client.tenantId();
        var wanted = ClientStatus.valueOf(request.status());
        commands.sendAndWait(
                wanted == ClientStatus.INACTIVE
                        ? new DeactivateClient(tenantId, client.id(), clock.now())
                        : new ReactivateClient(tenantId, client.id(), clock.now()));
        var read = new Writes.Read<>(
                new GetClient(tenantId, client.id()),
                GetClient.Result.class,
                result -> result.found().map(view -> view.status() == wanted).orElse(false));
        var updated = writes.changed(
                        read, "The change was recorded but is not visible yet; read the client again shortly.")
                .client();
        return Envelope.of(ClientResponse.of(updated));
    }

    private static ClientStatus parseStatus(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        try {
            return ClientStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status", "The status parameter must be ACTIVE or INACTIVE.");
        }
    }
}
