package io.scoreledger.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.command.InputRules;
import io.scoreledger.identity.commands.DeactivateUser;
import io.scoreledger.identity.commands.EndSession;
import io.scoreledger.identity.commands.LinkUserIdentity;
import io.scoreledger.identity.commands.RegisterUser;
import io.scoreledger.identity.commands.RevokeAccessToken;
import io.scoreledger.identity.commands.StartSession;
import io.scoreledger.identity.events.AccessTokenRevoked;
import io.scoreledger.identity.events.SessionEnded;
import io.scoreledger.identity.events.SessionStarted;
import io.scoreledger.identity.events.UserDeactivated;
import io.scoreledger.identity.events.UserIdentityLinked;
import io.scoreledger.identity.events.UserRegistered;
import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.values.Role;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;

class User {

    @AggregateIdentifier
    private UserId userId;

    private TenantId tenantId;
    private boolean active;
    private @Nullable String subject;
    private final Map<SessionId, String> openSessionsByOpeningToken = new HashMap<>();
    private final Set<String> revokedTokens = new HashSet<>();

    User() {}

    User(RegisterUser command) {
        apply(new UserRegistered(
                command.tenantId(),
                command.userId(),
                command.name().strip(),
                normalizedEmail(command.email()),
                command.role(),
                Set.copyOf(command.clientIds()),
                command.requestedAt()));
    }

    static void validate(RegisterUser command) {
        InputRules.requireText("name", command.name(), InputRules.NAME_MAX);
        InputRules.requireEmail("email", command.email());
        if (command.role() == null || !command.role().isGrantable()) {
            throw new InvalidCommandException(
                    "role", "The role field must be one of msp_admin, company_user, auditor.");
        }
        if (command.clientIds() == null) {
            throw new InvalidCommandException("client_ids", "The client_ids field must be a list.");
        }
        if (!command.clientIds().isEmpty() && command.role() != Role.COMPANY_USER) {
            throw new InvalidCommandException("client_ids", "Only company_user users are assigned to clients.");
        }
    }

    static String normalizedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @CommandHandler
    void handle(LinkUserIdentity command) {
        IdentityRules.requireSameTenant(tenantId, command.tenantId(), "User");
        InputRules.requireText("subject", command.subject(), InputRules.NAME_MAX);
        requireActive();
        if (command.subject().equals(subject)) {
            return;
        }
        if (subject != null) {
            throw new ConflictException("This user is already linked to another identity.");
        }
        apply(new UserIdentityLinked(tenantId, userId, command.subject(), command.requestedAt()));
    }

    @CommandHandler
    void handle(DeactivateUser command) {
        IdentityRules.requireSameTenant(tenantId, command.tenantId(), "User");
        if (!active) {
            return;
        }
        apply(new UserDeactivated(tenantId, userId, command.requestedAt()));
    }

    @CommandHandler
    void handle(StartSession command) {
        IdentityRules.requireSameTenant(tenantId, command.tenantId(), "User");
        requireActive();
        IdentityRules.requireSha256("token hash", command.tokenSha256());
        IdentityRules.requireAfter("session expiry", command.expiresAt(), command.requestedAt());
        IdentityRules.requireSha256("opening token hash", command.openedWithTokenSha256());
        if (revokedTokens.contains(command.openedWithTokenSha256())) {
            throw new ConflictException("This token has been logged out.");
        }
        apply(new SessionStarted(
                tenantId,
                userId,
                command.sessionId(),
                command.tokenSha256(),
                command.requestedAt(),
                command.expiresAt(),
                command.openedWithTokenSha256()));
    }

    @CommandHandler
    void handle(EndSession command) {
        IdentityRules.requireSameTenant(tenantId, command.tenantId(), "User");
        if (!openSessionsByOpeningToken.containsKey(command.sessionId())) {
            return;
        }
        apply(new SessionEnded(tenantId, userId, command.sessionId(), command.requestedAt()));
    }

    @CommandHandler
    void handle(RevokeAccessToken command) {
        IdentityRules.requireSameTenant(tenantId, command.tenantId(), "User");
        IdentityRules.requireSha256("token hash", command.tokenSha256());
        if (revokedTokens.contains(command.tokenSha256())) {
            return;
        }
        // Sessions end before the revocation, so whoever sees the token revoked also sees its sessions ended.
        openSessionsByOpeningToken.entrySet().stream()
                .filter(session -> command.tokenSha256().equals(session.getValue()))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(SessionId::value))
                .toList()
                .forEach(session -> apply(new SessionEnded(tenantId, userId, session, command.requestedAt())));
        apply(new AccessTokenRevoked(
                tenantId, userId, command.tokenSha256(), command.expiresAt(), command.requestedAt()));
    }

    private void requireActive() {
        if (!active) {
            throw new ConflictException("This user is deactivated.");
        }
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        tenantId = event.tenantId();
        active = true;
    }

    @EventSourcingHandler
    void on(UserIdentityLinked event) {
        subject = event.subject();
    }

    @EventSourcingHandler
    void on(UserDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(SessionStarted event) {
        openSessionsByOpeningToken.put(
                event.sessionId(), Objects.requireNonNullElse(event.openedWithTokenSha256(), ""));
    }

    @EventSourcingHandler
    void on(SessionEnded event) {
        openSessionsByOpeningToken.remove(event.sessionId());
    }

    @EventSourcingHandler
    void on(AccessTokenRevoked event) {
        revokedTokens.add(event.tokenSha256());
    }
}
