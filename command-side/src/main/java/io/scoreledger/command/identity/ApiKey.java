package io.scoreledger.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.command.InputRules;
import io.scoreledger.identity.commands.IssueApiKey;
import io.scoreledger.identity.commands.RevokeApiKey;
import io.scoreledger.identity.events.ApiKeyIssued;
import io.scoreledger.identity.events.ApiKeyRevoked;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.InvalidCommandException;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

class ApiKey {

    private static final Pattern LOOKUP = Pattern.compile("[0-9A-Za-z]{16}");

    @AggregateIdentifier
    private ApiKeyId apiKeyId;

    private TenantId tenantId;
    private boolean revoked;

    ApiKey() {}

    @CommandHandler
    ApiKey(IssueApiKey command) {
        InputRules.requireText("name", command.name(), InputRules.SHORT_TEXT_MAX);
        if (command.scopes() == null || command.scopes().isEmpty()) {
            throw new InvalidCommandException("scopes", "The scopes field must name at least one scope.");
        }
        if (command.lookup() == null || !LOOKUP.matcher(command.lookup()).matches()) {
            throw new InvalidCommandException("lookup", "The key lookup must be 16 base-62 characters.");
        }
        IdentityRules.requireSha256("secret hash", command.secretSha256());
        if (command.expiresAt() != null) {
            IdentityRules.requireAfter("expiry", command.expiresAt(), command.requestedAt());
        }
        InputRules.requireText("issuer", command.issuedBy(), InputRules.SHORT_TEXT_MAX);
        requireWithinIssuerCeiling(command);
        apply(new ApiKeyIssued(
                command.tenantId(),
                command.apiKeyId(),
                command.name().strip(),
                Set.copyOf(command.scopes()),
                command.lookup(),
                command.secretSha256(),
                command.expiresAt(),
                command.issuedBy(),
                command.requestedAt(),
                command.issuerRole(),
                command.issuerRole().narrowsToClients() ? Set.copyOf(command.issuerClientIds()) : Set.of()));
    }

    /** A key never holds more than its issuer: no scope beyond the issuer's role, and the issuer's clients recorded. */
    private static void requireWithinIssuerCeiling(IssueApiKey command) {
        if (command.issuerRole() == null) {
            throw new InvalidCommandException("issuerRole", "The issuer's role is required.");
        }
        if (!command.issuerRole().scopes().containsAll(command.scopes())) {
            throw new InvalidCommandException("scopes", "A key cannot hold a scope its issuer does not hold.");
        }
        if (command.issuerRole().narrowsToClients() && command.issuerClientIds() == null) {
            throw new InvalidCommandException("issuerClientIds", "The issuer's clients are required for its role.");
        }
    }

    @CommandHandler
    void handle(RevokeApiKey command) {
        IdentityRules.requireSameTenant(tenantId, command.tenantId(), "API key");
        if (revoked) {
            return;
        }
        apply(new ApiKeyRevoked(tenantId, apiKeyId, command.requestedAt()));
    }

    @EventSourcingHandler
    void on(ApiKeyIssued event) {
        apiKeyId = event.apiKeyId();
        tenantId = event.tenantId();
    }

    @EventSourcingHandler
    void on(ApiKeyRevoked event) {
        revoked = true;
    }
}
