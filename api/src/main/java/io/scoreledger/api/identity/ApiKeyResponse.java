package io.scoreledger.api.identity;

import io.scoreledger.identity.queries.ApiKeyView;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A key's metadata; the key itself is shown once, in the create response. */
record ApiKeyResponse(
        String id,
        String name,
        List<String> scopes,
        String status,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    static ApiKeyResponse of(ApiKeyView key, Instant now) {
        String status = key.revokedAt() != null
                ? "revoked"
                : key.expiresAt() != null && !now.isBefore(key.expiresAt()) ? "expired" : "active";
        return new ApiKeyResponse(
                key.id().value(),
                key.name(),
                Arrays.stream(Scope.values())
                        .filter(key.scopes()::contains)
                        .map(Scope::wireName)
                        .toList(),
                status,
                key.createdAt(),
                key.expiresAt(),
                key.lastUsedAt(),
                key.revokedAt());
    }
}
