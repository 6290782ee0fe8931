package io.scoreledger.api.identity;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.security.ApiKeys;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.Hashing;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.security.TenantSelection;
import io.scoreledger.api.tenancy.Visibility;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.identity.commands.IssueApiKey;
import io.scoreledger.identity.commands.RevokeApiKey;
import io.scoreledger.identity.queries.ApiKeyView;
import io.scoreledger.identity.queries.FindApiKeys;
import io.scoreledger.identity.queries.GetApiKey;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API keys", description = "Scoped, tenant-bound keys for integrations. The raw key is shown once.")
record ApiKeysController(
        CommandGateway commands, QueryGateway queries, Writes writes, Visibility visibility, RequestClock clock) {

    private static final String KEY_NOT_FOUND = "API key not found.";

    record Items<T>(List<T> items) {}

    record Created(String apiKey, ApiKeyResponse apiKeyMeta) {}

    @GetMapping
    @RequiresScope(Scope.API_KEYS_MANAGE)
    @Operation(operationId = "listApiKeys", summary = "API keys the caller created for a tenant")
    Envelope<Items<ApiKeyResponse>> list(@AuthenticationPrincipal Caller caller, @ActingTenant TenantId tenant) {
        var keys = queries.query(new FindApiKeys(tenant, caller.actorId()), FindApiKeys.Result.class)
                .join()
                .items();
        var now = clock.now();
        return Envelope.of(new Items<>(
                keys.stream().map(key -> ApiKeyResponse.of(key, now)).toList()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.API_KEYS_MANAGE)
    @Operation(operationId = "createApiKey", summary = "Create an API key; the raw key appears only in this response")
    @Answers(
            status = 201,
            errors = {404, 503})
    ResponseEntity<Envelope<Created>> create(
            @AuthenticationPrincipal Caller caller,
            @Valid @RequestBody CreateApiKeyRequest body,
            HttpServletRequest request) {
        var tenant = visibility.existing(TenantSelection.resolveWithBody(caller, body.tenantId(), request));
        var scopes = grantableScopes(caller, body.scopes());
        var now = clock.now();
        var expiresAt = body.expiresInDays() == null ? null : now.plus(Duration.ofDays(body.expiresInDays()));
        var parts = ApiKeys.generate();
        var id = ApiKeyId.mint();
        commands.sendAndWait(new IssueApiKey(
                tenant,
                id,
                body.name(),
                scopes,
                parts.lookup(),
                Hashing.sha256Hex(parts.secret()),
                expiresAt,
                caller.actorId(),
                now,
                caller.role(),
                caller.clientIds()));
        var read = new Writes.Read<>(
                new GetApiKey(tenant, id),
                GetApiKey.Result.class,
                result -> result.found().isPresent());
        var view = writes.changed(read, "The key was recorded but is not in effect yet; list the keys again shortly.")
                .apiKey();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Envelope.of(new Created(parts.raw(), ApiKeyResponse.of(view, now))));
    }

    @DeleteMapping("/{apiKeyId}")
    @RequiresScope(Scope.API_KEYS_MANAGE)
    @Operation(
            operationId = "revokeApiKey",
            summary = "Revoke an API key; it is refused from the next request on, on every node")
    @Answers(errors = 503)
    Envelope<ApiKeyResponse> revoke(
            @AuthenticationPrincipal Caller caller, @PathVariable String apiKeyId, @ActingTenant TenantId tenant) {
        if (!ApiKeyId.isWellFormed(apiKeyId)) {
            throw ApiException.notFound(KEY_NOT_FOUND);
        }
        var id = new ApiKeyId(apiKeyId);
        var key = queries.query(new GetApiKey(tenant, id), GetApiKey.Result.class)
                .join()
                .found()
                .filter(found -> mayRevoke(caller, found))
                .orElseThrow(() -> ApiException.notFound(KEY_NOT_FOUND));
        commands.sendAndWait(new RevokeApiKey(tenant, key.id(), clock.now()));
        var read = new Writes.Read<>(
                new GetApiKey(tenant, id),
                GetApiKey.Result.class,
                result -> result.found().map(view -> view.revokedAt() != null).orElse(false));
        var revoked = writes.changed(read, "The revocation was recorded but is not in effect yet; retry shortly.")
                .apiKey();
        return Envelope.of(ApiKeyResponse.of(revoked, clock.now()));
    }

    /** Administrators revoke any key of their tenant; everyone else only the keys they created. */
    private static boolean mayRevoke(Caller caller, ApiKeyView key) {
        return caller.isOperator()
                || caller.role() == Role.MSP_ADMIN
                || key.issuedBy().equals(caller.actorId());
    }

    /** Scopes must exist, may not include managing keys, and may not exceed what the creator holds. */
    private static Set<Scope> grantableScopes(Caller caller, List<String> requested) {
        var scopes = EnumSet.noneOf(Scope.class);
        var problems = new ArrayList<String>();
        for (String name : requested) {
            var scope = name == null ? null : Scope.fromWireName(name).orElse(null);
            if (scope == null) {
                problems.add("Unknown scope: " + name + ".");
            } else if (scope == Scope.API_KEYS_MANAGE) {
                problems.add("The api-keys:manage scope cannot be granted to an API key.");
            } else if (!caller.scopes().contains(scope)) {
                problems.add("You cannot grant the " + name + " scope, which you do not hold.");
            } else {
                scopes.add(scope);
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ErrorCodes.VALIDATION_ERROR,
                    ErrorCodes.VALIDATION_MESSAGE,
                    Map.of("scopes", problems));
        }
        return scopes;
    }
}
