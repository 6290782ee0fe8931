package io.scoreledger.command.webhook;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.command.InputRules;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import io.scoreledger.webhook.WebhookEventType;
import io.scoreledger.webhook.commands.CreateWebhook;
import io.scoreledger.webhook.commands.DeleteWebhook;
import io.scoreledger.webhook.commands.DisableWebhook;
import io.scoreledger.webhook.events.WebhookCreated;
import io.scoreledger.webhook.events.WebhookDeleted;
import io.scoreledger.webhook.events.WebhookDisabled;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

class Webhook {

    static final int URL_MAX = 2_048;
    static final int DESCRIPTION_MAX = 1_000;
    static final int REASON_MAX = 1_000;
    static final String NOT_FOUND = "Webhook not found.";

    @AggregateIdentifier
    private WebhookId webhookId;

    private TenantId tenantId;
    private boolean disabled;
    private boolean deleted;

    Webhook() {}

    Webhook(CreateWebhook command, WebhookTargets targets) {
        InputRules.requireText("url", command.url(), URL_MAX);
        InputRules.optionalText("description", command.description(), DESCRIPTION_MAX);
        var url = command.url().strip();
        targets.refusal(url).ifPresent(reason -> {
            throw new InvalidCommandException("url", reason);
        });
        apply(new WebhookCreated(
                command.tenantId(),
                command.webhookId(),
                url,
                events(command.events()),
                command.description() == null || command.description().isBlank()
                        ? null
                        : command.description().strip(),
                command.sealedSecret(),
                command.requestedAt()));
    }

    private static List<String> events(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidCommandException("events", "Subscribe to at least one event.");
        }
        var events = new LinkedHashSet<String>();
        for (var name : requested) {
            if (name == null || WebhookEventType.fromWireName(name).isEmpty()) {
                throw new InvalidCommandException("events", "Unknown event: " + name + ".");
            }
            events.add(name);
        }
        return List.copyOf(events);
    }

    @CommandHandler
    void handle(DeleteWebhook command) {
        requireVisibleTo(command.tenantId());
        apply(new WebhookDeleted(tenantId, webhookId, command.requestedAt()));
    }

    /** Disabling a disabled webhook changes nothing and records nothing. */
    @CommandHandler
    void handle(DisableWebhook command) {
        requireVisibleTo(command.tenantId());
        InputRules.requireText("reason", command.reason(), REASON_MAX);
        if (disabled) {
            return;
        }
        apply(new WebhookDisabled(tenantId, webhookId, command.reason().strip(), command.requestedAt()));
    }

    /** Another tenant's webhook, and a deleted one, are answered like a missing one. */
    private void requireVisibleTo(TenantId caller) {
        if (deleted || !tenantId.equals(caller)) {
            throw new UnknownResourceException(NOT_FOUND);
        }
    }

    @EventSourcingHandler
    void on(WebhookCreated event) {
        webhookId = event.webhookId();
        tenantId = event.tenantId();
    }

    @EventSourcingHandler
    void on(WebhookDisabled event) {
        disabled = true;
    }

    @EventSourcingHandler
    void on(WebhookDeleted event) {
        deleted = true;
    }
}
