package io.scoreledger.api.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the REST layer treats requests.
 *
 * @param maxBodyBytes          The largest request body accepted, in bytes; a larger one is answered 413
 *                              PAYLOAD_TOO_LARGE, by its Content-Length before it is read, or as soon as it is longer.
 * @param readYourWritesTimeout How long a write waits for the read model to show it; after that it answers 202
 *                              Accepted instead of 201.
 */
@ConfigurationProperties("scoreledger.api")
public record ApiProperties(
        @DefaultValue("2097152") long maxBodyBytes,
        @DefaultValue("PT5S") Duration readYourWritesTimeout) {}
