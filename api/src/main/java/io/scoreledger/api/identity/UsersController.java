package io.scoreledger.api.identity;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.tenancy.Visibility;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Accepted;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.identity.commands.DeactivateUser;
import io.scoreledger.identity.commands.RegisterUser;
import io.scoreledger.identity.queries.FindUsers;
import io.scoreledger.identity.queries.GetUser;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.tenancy.queries.GetClient;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v4/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users", description = "Each company's user directory; roles decide permissions.")
record UsersController(
        CommandGateway commands, QueryGateway queries, Writes writes, Visibility visibility, RequestClock clock) {

    static final int PER_PAGE_DEFAULT = 15;
    static final int PER_PAGE_MAX = 100;
    private static final String USER_NOT_FOUND = "User not found.";

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.USERS_WRITE)
    @Operation(operationId = "createUser", summary = "Add a user to a company's directory (company admin or operator)")
    @Answers(status = 201, data = UserResponse.class, accepted = Accepted.class, errors = 404)
    ResponseEntity<Envelope<?>> create(
            @AuthenticationPrincipal Caller caller, @Valid @RequestBody CreateUserRequest request) {
        var tenantId = visibility.existing(company(caller, request.companyId()));
        var role = Role.fromWireName(request.role()).orElseThrow();
        var clients = clients(tenantId, request.clientIds());
        var userId = UserId.mint();
        var command = new RegisterUser(tenantId, userId, request.name(), request.email(), role, clients, clock.now());
        var read = new Writes.Read<>(
                new GetUser(tenantId, userId),
                GetUser.Result.class,
                result -> result.found().isPresent());
        var location = URI.create("/api/v4/users/" + userId.value());
        return writes.create(command, read, result -> UserResponse.of(result.user()), location, userId.value());
    }

    @GetMapping
    @RequiresScope(Scope.USERS_READ)
    @Operation(operationId = "listUsers", summary = "Users the caller may see, a page at a time")
    PagedEnvelope<UserResponse> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "" + PER_PAGE_DEFAULT) int perPage,
            @RequestParam(required = false) String role,
            @RequestParam(name = "company_id", required = false) String companyId) {
        if (page < 1) {
            throw ApiException.invalid("page", "The page parameter must be at least 1.");
        }
        if (perPage < 1 || perPage > PER_PAGE_MAX) {
            throw ApiException.invalid(
                    "per_page", "The per_page parameter must be between 1 and " + PER_PAGE_MAX + ".");
        }
        Role roleFilter = role == null
                ? null
                : Role.fromWireName(role)
                        .orElseThrow(() -> ApiException.invalid(
                                "role",
                                "The role parameter must be one of super_admin, msp_admin, company_user, auditor."));
        TenantId companyFilter = companyId == null ? null : visibleCompany(caller, companyId);
        var query = caller.isOperator()
                ? new FindUsers(true, Set.of(), companyFilter, roleFilter, page, perPage)
                : new FindUsers(false, Set.of(caller.tenantId()), companyFilter, roleFilter, page, perPage);
        var result = queries.query(query, FindUsers.Result.class).join();
        long lastPage = Math.max(1, (result.total() + perPage - 1) / perPage);
        return new PagedEnvelope<>(
                true,
                result.users().stream().map(UserResponse::of).toList(),
                new PagedEnvelope.Pagination(page, perPage, result.total(), lastPage));
    }

    @DeleteMapping("/{userId}")
    @RequiresScope(Scope.USERS_WRITE)
    @Operation(
            operationId = "deactivateUser",
            summary = "Deactivate a user: its tokens and sessions stop working; the history stays")
    @Answers(errors = 503)
    Envelope<UserResponse> deactivate(@AuthenticationPrincipal Caller caller, @PathVariable String userId) {
        if (!UserId.isWellFormed(userId)) {
            throw ApiException.notFound(USER_NOT_FOUND);
        }
        var id = new UserId(userId);
        var user = queries.query(new GetUser(caller.isOperator() ? null : caller.tenantId(), id), GetUser.Result.class)
                .join()
                .found()
                .orElseThrow(() -> ApiException.notFound(USER_NOT_FOUND));
        commands.sendAndWait(new DeactivateUser(user.tenantId(), id, clock.now()));
        var read = new Writes.Read<>(
                new GetUser(user.tenantId(), id),
                GetUser.Result.class,
                result -> result.found().map(view -> !view.active()).orElse(false));
        var deactivated = writes.changed(
                        read, "The change was recorded but is not visible yet; read the user again shortly.")
                .user();
        return Envelope.of(UserResponse.of(deactivated));
    }

    private static TenantId company(Caller caller, String companyId) {
        if (companyId == null || companyId.isBlank()) {
            if (caller.tenantId() == null) {
                throw ApiException.invalid("company_id", "The company_id field is required.");
            }
            return caller.tenantId();
        }
        return visibleCompany(caller, companyId);
    }

    private static TenantId visibleCompany(Caller caller, String companyId) {
        if (!TenantId.isWellFormed(companyId)) {
            throw caller.isOperator()
                    ? ApiException.invalid("company_id", "The company_id field must be a company id such as cmp_….")
                    : ApiException.forbidden(Caller.FOREIGN_TENANT_MESSAGE);
        }
        var tenant = new TenantId(companyId);
        caller.requireAccessTo(tenant);
        return tenant;
    }

    private Set<ClientId> clients(TenantId tenantId, List<String> clientIds) {
        if (clientIds == null) {
            return Set.of();
        }
        var clients = new LinkedHashSet<ClientId>();
        for (String raw : clientIds) {
            boolean known = ClientId.isWellFormed(raw)
                    && queries.query(new GetClient(tenantId, new ClientId(raw)), GetClient.Result.class)
                            .join()
                            .found()
                            .isPresent();
            if (!known) {
                throw ApiException.invalid("client_ids", "The client " + raw + " is not a client of this company.");
            }
            clients.add(new ClientId(raw));
        }
        return clients;
    }
}
