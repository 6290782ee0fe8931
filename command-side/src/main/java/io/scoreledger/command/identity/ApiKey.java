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
        apply(new ApiKeyIssued(
                command.tenantId(),
                command.apiKeyId(),
                command.name().strip(),
                Set.copyOf(command.scopes()),
                command.lookup(),
                command.secretSha256(),
                command.expiresAt(),
                command.issuedBy(),
                command.requestedAt()));
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
