package io.scoreledger.infra.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Commands that lose a race for an aggregate (another node or thread appended first) are sent again.
 *
 * @param conflictRetries       Times such a command is sent again before the caller gets 409.
 * @param conflictRetryInterval The first wait before a retry; it doubles each time (25 ms, 50 ms, 100 ms, …), plus a
 *                              random wait of up to as much again.
 */
@ConfigurationProperties("scoreledger.commands")
record CommandProperties(
        @DefaultValue("6") int conflictRetries,
        @DefaultValue("PT0.025S") Duration conflictRetryInterval) {}
