package io.scoreledger.api.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Either webhook_id, or url with an optional secret. */
record TestConnectionRequest(
        String url,
        String secret,
        @JsonProperty("webhook_id") String webhookId) {}
