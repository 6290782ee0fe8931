package io.scoreledger.api.webhook;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.security.SecretSealer;
import io.scoreledger.api.tenancy.Visible;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.ReadYourWrites;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.values.Scope;
import io.scoreledger.webhook.commands.CreateWebhook;
import io.scoreledger.webhook.commands.DeleteWebhook;
import io.scoreledger.webhook.queries.FindWebhookDeliveries;
import io.scoreledger.webhook.queries.FindWebhooks;
import io.scoreledger.webhook.queries.GetWebhook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A company's webhook subscriptions. The signing secret is made here, returned once in the creation response, and
 * sealed before it goes into the command, so it is never stored, logged or put into an event in clear.
 */
@RestController
@RequestMapping(path = "/api/v3/companies/{companyId}/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "Subscriptions to policy and assessment events, and their delivery log.")
record WebhooksController(
        CommandGateway commands,
        QueryGateway queries,
        ReadYourWrites readYourWrites,
        Writes writes,
        RequestClock clock,
        SecretSealer sealer) {

    private static final String WEBHOOK_NOT_FOUND = "Webhook not found.";
    private static final int SECRET_BYTES = 24;
    private static final int DELIVERY_LOG_SIZE = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @GetMapping
    @RequiresScope(Scope.WEBHOOKS_MANAGE)
    @Operation(operationId = "listWebhooks", summary = "List the company's webhooks")
    Envelope<List<WebhookResponse>> list(@Visible TenantId tenant) {
        var result = queries.query(new FindWebhooks(tenant), FindWebhooks.Result.class)
                .join();
        return Envelope.of(result.webhooks().stream().map(WebhookResponse::of).toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.WEBHOOKS_MANAGE)
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a url to events; the response carries the signing secret, shown only once")
    @Answers(status = 201, data = WebhookResponse.class, accepted = AcceptedWebhook.class)
    ResponseEntity<Envelope<?>> create(@Valid @RequestBody CreateWebhookRequest request, @Visible TenantId tenant) {
        var webhookId = WebhookId.mint();
        var secret = newSecret();
        var command = new CreateWebhook(
                tenant,
                webhookId,
                request.url(),
                request.events(),
                request.description(),
                sealer.seal(secret),
                clock.now());
        var read = new Writes.Read<>(
                new GetWebhook(tenant, webhookId),
                GetWebhook.Result.class,
                result -> result.found().isPresent());
        var location = URI.create("/api/v3/companies/" + tenant.value() + "/webhooks/" + webhookId.value());
        return writes.create(
                command,
                read,
                result -> WebhookResponse.of(result.webhook(), secret),
                location,
                Map.of("id", webhookId.value(), "secret", secret));
    }

    @GetMapping("/{webhookId}")
    @RequiresScope(Scope.WEBHOOKS_MANAGE)
    @Operation(operationId = "getWebhook", summary = "One webhook, with its status (active, or disabled with a reason)")
    Envelope<WebhookResponse> get(@PathVariable String webhookId, @Visible TenantId tenant) {
        return Envelope.of(WebhookResponse.of(
                existingWebhook(tenant, webhookId).orElseThrow(() -> ApiException.notFound(WEBHOOK_NOT_FOUND))));
    }

    @GetMapping("/{webhookId}/deliveries")
    @RequiresScope(Scope.WEBHOOKS_MANAGE)
    @Operation(operationId = "listWebhookDeliveries", summary = "The webhook's most recent deliveries, newest first")
    Envelope<List<WebhookDeliveryResponse>> deliveries(@PathVariable String webhookId, @Visible TenantId tenant) {
        var webhook = existingWebhook(tenant, webhookId).orElseThrow(() -> ApiException.notFound(WEBHOOK_NOT_FOUND));
        var result = queries.query(
                        new FindWebhookDeliveries(tenant, webhook.id(), DELIVERY_LOG_SIZE),
                        FindWebhookDeliveries.Result.class)
                .join();
        return Envelope.of(
                result.deliveries().stream().map(WebhookDeliveryResponse::of).toList());
    }

    @DeleteMapping("/{webhookId}")
    @RequiresScope(Scope.WEBHOOKS_MANAGE)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook; its pending deliveries are dropped")
    @Answers(status = 204)
    ResponseEntity<Void> delete(@PathVariable String webhookId, @Visible TenantId tenant) {
        if (!WebhookId.isWellFormed(webhookId)) {
            throw ApiException.notFound(WEBHOOK_NOT_FOUND);
        }
        commands.sendAndWait(new DeleteWebhook(tenant, new WebhookId(webhookId), clock.now()));
        readYourWrites.await(
                new GetWebhook(tenant, new WebhookId(webhookId)),
                GetWebhook.Result.class,
                result -> result.found().isEmpty());
        return ResponseEntity.noContent().build();
    }

    private java.util.Optional<io.scoreledger.webhook.queries.WebhookView> existingWebhook(
            TenantId tenant, String webhookId) {
        if (!WebhookId.isWellFormed(webhookId)) {
            return java.util.Optional.empty();
        }
        return queries.query(new GetWebhook(tenant, new WebhookId(webhookId)), GetWebhook.Result.class)
                .join()
                .found();
    }

    private static String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }
}
