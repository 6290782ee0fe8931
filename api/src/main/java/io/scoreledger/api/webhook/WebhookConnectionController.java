package io.scoreledger.api.webhook;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.values.Scope;
import io.scoreledger.webhook.commands.TestWebhookConnection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Webhooks")
record WebhookConnectionController(CommandGateway commands) {

    @PostMapping(
            path = "/api/v1/integrations/webhook/test-connection",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.WEBHOOKS_MANAGE)
    @Operation(
            operationId = "testWebhookConnection",
            summary = "Send one signed test event to a url or an existing webhook and report the outcome")
    @Answers(errors = 404)
    Envelope<Map<String, Object>> testConnection(
            @AuthenticationPrincipal Caller caller, @RequestBody TestConnectionRequest request) {
        WebhookId webhookId = null;
        if (request.webhookId() != null) {
            if (!WebhookId.isWellFormed(request.webhookId())) {
                throw ApiException.notFound("Webhook not found.");
            }
            webhookId = new WebhookId(request.webhookId());
        } else if (request.url() == null || request.url().isBlank()) {
            throw ApiException.invalid("url", "Send a url or a webhook_id.");
        } else if (request.secret() != null && !request.secret().matches("whsec_[A-Za-z0-9+/=]{16,}")) {
            throw ApiException.invalid("secret", "The secret must be a whsec_ secret.");
        }
        TestWebhookConnection.Result result = commands.sendAndWait(
                new TestWebhookConnection(caller.tenantId(), webhookId, request.url(), request.secret()));
        var body = new LinkedHashMap<String, Object>();
        body.put("delivered", result.delivered());
        body.put("statusCode", result.statusCode());
        if (result.error() != null) {
            body.put("error", result.error());
        }
        return Envelope.of(body);
    }
}
