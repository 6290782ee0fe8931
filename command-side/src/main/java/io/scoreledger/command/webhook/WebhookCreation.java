package io.scoreledger.command.webhook;

import io.scoreledger.command.tenancy.KnownCompanies;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.rules.UnknownResourceException;
import io.scoreledger.webhook.commands.CreateWebhook;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

class WebhookCreation {

    private final Repository<Webhook> webhooks;
    private final KnownCompanies companies;
    private final WebhookTargets targets;

    WebhookCreation(Repository<Webhook> webhooks, KnownCompanies companies, WebhookTargets targets) {
        this.webhooks = webhooks;
        this.companies = companies;
        this.targets = targets;
    }

    @CommandHandler
    WebhookId handle(CreateWebhook command) throws Exception {
        if (!companies.exists(command.tenantId())) {
            throw new UnknownResourceException("Company not found.");
        }
        webhooks.newInstance(() -> new Webhook(command, targets));
        return command.webhookId();
    }
}
