package io.scoreledger.infra.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.api.security.SecretSealer;
import io.scoreledger.rules.UnknownResourceException;
import io.scoreledger.webhook.commands.TestWebhookConnection;
import io.scoreledger.webhook.queries.FindWebhookDeliveries;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the delivery log and sends test events; both read infra's own tables. */
class WebhookDeliveryLog {

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final SecretSealer sealer;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    WebhookDeliveryLog(WebhookOutbox outbox, WebhookSender sender, SecretSealer sealer, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.sealer = sealer;
        this.clock = clock;
    }

    @QueryHandler
    FindWebhookDeliveries.Result handle(FindWebhookDeliveries query) {
        var visible = outbox.target(query.webhookId())
                .filter(target -> target.tenantId().equals(query.tenantId()))
                .isPresent();
        return new FindWebhookDeliveries.Result(
                visible ? outbox.deliveries(query.webhookId(), query.limit()) : java.util.List.of());
    }

    @CommandHandler
    TestWebhookConnection.Result handle(TestWebhookConnection command) throws JsonProcessingException {
        String url;
        String secret;
        if (command.webhookId() != null) {
            var target = outbox.target(command.webhookId())
                    .filter(found ->
                            command.tenantId() == null || found.tenantId().equals(command.tenantId()))
                    .orElseThrow(() -> new UnknownResourceException("Webhook not found."));
            url = target.url();
            secret = sealer.open(target.sealedSecret());
        } else {
            url = command.url();
            secret = command.secret() == null ? WebhookSigner.newSecret() : command.secret();
        }
        var now = clock.instant();
        var body = new LinkedHashMap<String, Object>();
        body.put("event", "webhook.test");
        body.put("timestamp", now.toString());
        body.put("data", Map.of("message", "This is a test event from Scoreledger."));
        var outcome = sender.send(url, secret, WebhookOutbox.newEventId(), now, json.writeValueAsString(body));
        return new TestWebhookConnection.Result(outcome.delivered(), outcome.statusCode(), outcome.error());
    }
}
