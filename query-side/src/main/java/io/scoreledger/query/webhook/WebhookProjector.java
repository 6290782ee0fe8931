package io.scoreledger.query.webhook;

import io.scoreledger.webhook.events.WebhookCreated;
import io.scoreledger.webhook.events.WebhookDeleted;
import io.scoreledger.webhook.events.WebhookDisabled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/** Only the subscriptions' read model; delivering webhooks is infra's, so resetting this never sends anything. */
@ProcessingGroup(WebhookProjector.PROCESSING_GROUP)
public class WebhookProjector {

    public static final String PROCESSING_GROUP = "webhook-projection";

    private final WebhookRepository repository;

    public WebhookProjector(WebhookRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(WebhookCreated event, @SequenceNumber long sequence) {
        repository.insert(event, sequence);
    }

    @EventHandler
    void on(WebhookDisabled event, @SequenceNumber long sequence) {
        repository.disable(event, sequence);
    }

    @EventHandler
    void on(WebhookDeleted event) {
        repository.delete(event.webhookId());
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
