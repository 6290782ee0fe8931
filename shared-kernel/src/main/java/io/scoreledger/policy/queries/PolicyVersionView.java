package io.scoreledger.policy.queries;

import java.time.Instant;

/** publishedAt is null for draft versions. */
public record PolicyVersionView(
        String version, String title, String description, String content, Instant createdAt, Instant publishedAt) {}
