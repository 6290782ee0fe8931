package io.scoreledger.api.integration;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.integration.queries.IntegrationCredentialView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The seed's list object; secrets, server_url and client_id are never returned. */
record IntegrationCredentialResponse(
        String id,
        String type,
        String name,
        String status,
        @JsonProperty("last_sync") @Nullable Instant lastSync,
        @JsonProperty("created_at") Instant createdAt) {

    static IntegrationCredentialResponse of(IntegrationCredentialView view) {
        return new IntegrationCredentialResponse(
                view.id().value(),
                view.type().wireName(),
                view.name(),
                view.status().wireName(),
                view.lastSync(),
                view.createdAt());
    }
}
