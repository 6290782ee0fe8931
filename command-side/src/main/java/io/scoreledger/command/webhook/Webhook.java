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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** Every bad field is reported at once, so a client fixes its subscription in one round trip. */
    Webhook(CreateWebhook command, WebhookTargets targets) {
        var problems = new LinkedHashMap<String, List<String>>();
        check(problems, () -> InputRules.requireText("url", command.url(), URL_MAX));
        if (!problems.containsKey("url")) {
            targets.refusal(command.url().strip()).ifPresent(reason -> problem(problems, "url", reason));
        }
        check(problems, () -> InputRules.optionalText("description", command.description(), DESCRIPTION_MAX));
        var events = events(command.events(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        apply(new WebhookCreated(
                command.tenantId(),
                command.webhookId(),
                command.url().strip(),
                events,
                command.description() == null || command.description().isBlank()
                        ? null
                        : command.description().strip(),
                command.sealedSecret(),
                command.requestedAt()));
    }

    private static List<String> events(List<String> requested, Map<String, List<String>> problems) {
        if (requested == null || requested.isEmpty()) {
            problem(problems, "events", "Subscribe to at least one event.");
            return List.of();
        }
        var events = new LinkedHashSet<String>();
        for (var name : requested) {
            if (name == null || WebhookEventType.fromWireName(name).isEmpty()) {
                problem(problems, "events", "Unknown event: " + name + ".");
            } else {
                events.add(name);
            }
        }
        return List.copyOf(events);
    }

    private static void check(Map<String, List<String>> problems, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidCommandException e) {
            e.problems().forEach((field, messages) -> messages.forEach(message -> problem(problems, field, message)));
        }
    }

    private static void problem(Map<String, List<String>> problems, String field, String message) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
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
