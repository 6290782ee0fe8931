package io.scoreledger.api.security;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.identity.queries.ApiKeyCredential;
import io.scoreledger.identity.queries.UserView;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking, as established by authentication. tenantId is null only for the platform operator, who acts across
 * all companies. For an API key, role is the role ceiling it inherits from its creator (COMPANY_USER when it is
 * narrowed to clients), and scopes and clientIds are what both the key and its creator still hold.
 */
public record Caller(
        Kind kind, String actorId, Role role, TenantId tenantId, Set<Scope> scopes, Set<ClientId> clientIds) {

    public enum Kind {
        OPERATOR,
        USER,
        API_KEY
    }

    public static final String OPERATOR_ID = "operator";
    public static final String FOREIGN_TENANT_MESSAGE = "You are not authorized for this tenant context.";

    public Caller {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(actorId);
        scopes = Set.copyOf(scopes);
        clientIds = Set.copyOf(clientIds);
    }

    public static Caller operator() {
        return new Caller(Kind.OPERATOR, OPERATOR_ID, Role.SUPER_ADMIN, null, EnumSet.allOf(Scope.class), Set.of());
    }

    public static Caller user(UserView user) {
        return new Caller(
                Kind.USER,
                user.id().value(),
                user.role(),
                user.tenantId(),
                user.role().scopes(),
                user.clientIds());
    }

    /**
     * A key never exceeds its creator: its scopes and clients are cut down to the creator's current role and client
     * assignments, and to the ceiling recorded when it was issued (absent for keys issued before ceilings were kept).
     */
    public static Caller apiKey(ApiKeyCredential key, Role creatorRole, Set<ClientId> creatorClients) {
        var scopes = EnumSet.noneOf(Scope.class);
        scopes.addAll(key.scopes());
        scopes.retainAll(creatorRole.scopes());
        var ceiling = key.issuerRole();
        if (ceiling != null) {
            scopes.retainAll(ceiling.scopes());
        }
        boolean narrowedByCreator = creatorRole.narrowsToClients();
        boolean narrowedByCeiling = ceiling != null && ceiling.narrowsToClients();
        var clients = new HashSet<ClientId>();
        if (narrowedByCreator) {
            clients.addAll(creatorClients);
            if (narrowedByCeiling) {
                clients.retainAll(key.issuerClientIds());
            }
        } else if (narrowedByCeiling) {
            clients.addAll(key.issuerClientIds());
        }
        var role = narrowedByCeiling && !narrowedByCreator ? ceiling : creatorRole;
        return new Caller(Kind.API_KEY, key.id().value(), role, key.tenantId(), scopes, clients);
    }

    /** The caller of the request being handled; authentication has run before any handler. */
    public static Caller current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
            throw ApiException.forbidden("Insufficient permissions.");
        }
        return caller;
    }

    public boolean isOperator() {
        return kind == Kind.OPERATOR;
    }

    public boolean isApiKey() {
        return kind == Kind.API_KEY;
    }

    public boolean mayAccess(TenantId tenant) {
        return isOperator() || tenant.equals(tenantId);
    }

    public void requireAccessTo(TenantId tenant) {
        if (!mayAccess(tenant)) {
            throw ApiException.forbidden(FOREIGN_TENANT_MESSAGE);
        }
    }

    /**
     * A company_user, and a key narrowed to clients, sees only the clients it is assigned to; everyone else every
     * client of its tenant.
     */
    public boolean seesEveryClient() {
        return role == null || !role.narrowsToClients();
    }

    public boolean maySee(ClientId client) {
        return seesEveryClient() || clientIds.contains(client);
    }

    public void requireOperator() {
        if (!isOperator()) {
            throw ApiException.forbidden("Only the platform operator may do this.");
        }
    }

    public void requireScope(Scope scope) {
        if (!scopes.contains(scope)) {
            throw ApiException.forbidden("This credential lacks the " + scope.wireName() + " scope.");
        }
    }
}
