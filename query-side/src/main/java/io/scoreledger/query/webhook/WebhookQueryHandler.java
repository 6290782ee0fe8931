package io.scoreledger.query.webhook;

import io.scoreledger.webhook.queries.FindWebhooks;
import io.scoreledger.webhook.queries.GetWebhook;
import org.axonframework.queryhandling.QueryHandler;

public class WebhookQueryHandler {

    private final WebhookRepository repository;

    public WebhookQueryHandler(WebhookRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    FindWebhooks.Result handle(FindWebhooks query) {
        return new FindWebhooks.Result(repository.find(query.tenantId()));
    }

    @QueryHandler
    GetWebhook.Result handle(GetWebhook query) {
        return new GetWebhook.Result(
                repository.get(query.tenantId(), query.webhookId()).orElse(null));
    }
}
