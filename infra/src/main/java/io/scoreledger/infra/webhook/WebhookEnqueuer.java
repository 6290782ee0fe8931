package io.scoreledger.infra.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.audit.AuditMetadata;
import io.scoreledger.webhook.events.WebhookCreated;
import io.scoreledger.webhook.events.WebhookDeleted;
import io.scoreledger.webhook.events.WebhookDisabled;
import java.time.Clock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

/**
 * Turns events into pending deliveries. Its processing group is subscribing (application.yml), so it runs inside
 * the unit of work that appends the event, in the same transaction: the delivery rows commit with the event or not
 * at all. A subscribing processor has no token and cannot be reset or replayed, so rebuilding read models (or any
 * replay) never reaches it, and each event is enqueued once, keyed by its event id.
 */
@ProcessingGroup(WebhookEnqueuer.PROCESSING_GROUP)
class WebhookEnqueuer {

    static final String PROCESSING_GROUP = "webhook-delivery";

    private final WebhookOutbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookEnqueuer(WebhookOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.json = new ObjectMapper();
        this.clock = clock;
    }

    @EventHandler
    void on(WebhookCreated event) {
        outbox.addTarget(event);
    }

    @EventHandler
    void on(WebhookDisabled event) {
        outbox.deactivateTarget(event.webhookId());
    }

    @EventHandler
    void on(WebhookDeleted event) {
        outbox.deactivateTarget(event.webhookId());
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) throws JsonProcessingException {
        var payload = WebhookPayloads.of(event, (String) message.getMetaData().get(AuditMetadata.ACTOR));
        if (payload.isEmpty()) {
            return;
        }
        var found = payload.get();
        outbox.enqueue(
                found.tenantId(),
                found.type().wireName(),
                message.getIdentifier(),
                json.writeValueAsString(found.body()),
                clock.instant());
    }
}
