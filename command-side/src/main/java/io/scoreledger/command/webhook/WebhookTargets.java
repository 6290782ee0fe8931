package io.scoreledger.command.webhook;

import java.util.Optional;

/** Whether a url may receive webhooks (scheme, and no internal addresses); the answer needs DNS, so infra gives it. */
public interface WebhookTargets {

    /** Why the url is refused, or empty when it may be called. */
    Optional<String> refusal(String url);
}
