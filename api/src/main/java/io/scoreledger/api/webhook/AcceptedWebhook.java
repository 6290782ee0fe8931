package io.scoreledger.api.webhook;

/** The data of a 202 to a new webhook: its id, and the signing secret, which is shown only this once. */
record AcceptedWebhook(String id, String secret) {}
