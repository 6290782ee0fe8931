package io.scoreledger.command.webhook;

import io.scoreledger.command.tenancy.TenancyCommandModule;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the webhook subscription aggregate; infra says which urls may receive webhooks. */
public final class WebhookCommandModule implements ConfigurerModule {

    private final WebhookTargets targets;

    public WebhookCommandModule(WebhookTargets targets) {
        this.targets = targets;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(Webhook.class);
        configurer.registerCommandHandler(configuration -> new WebhookCreation(
                configuration.repository(Webhook.class), TenancyCommandModule.knownCompanies(configuration), targets));
    }
}
