package io.scoreledger.infra.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * One signed POST. Redirects are never followed: a 3xx counts as a failed attempt, because following it would send
 * the payload to a target the SSRF check never saw. The target is checked again right before sending, since its DNS
 * may have changed since the subscription was made.
 */
class WebhookSender {

    record Outcome(boolean delivered, Integer statusCode, String error) {}

    private final HttpClient client;
    private final WebhookTargetGuard guard;
    private final Duration requestTimeout;

    WebhookSender(WebhookTargetGuard guard, Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.guard = guard;
        this.requestTimeout = requestTimeout;
    }

    Outcome send(String url, String secret, String messageId, Instant now, String body) {
        var refusal = guard.refusal(url);
        if (refusal.isPresent()) {
            return new Outcome(false, null, refusal.get());
        }
        var timestamp = now.getEpochSecond();
        try {
            var request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(requestTimeout)
                    .header("content-type", "application/json")
                    .header("user-agent", "Scoreledger-Webhooks/1")
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSigner.sign(secret, messageId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            var response = client.send(request, HttpResponse.BodyHandlers.discarding());
            var status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(true, status, null);
            }
            var error = status >= 300 && status < 400
                    ? "The receiver answered with a redirect, which is not followed."
                    : "The receiver answered " + status + ".";
            return new Outcome(false, status, error);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(
                    false, null, "The request failed: " + e.getClass().getSimpleName() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "The request was interrupted.");
        }
    }
}
