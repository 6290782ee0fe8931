package io.scoreledger.identity.queries;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

public record GetApiKey(TenantId tenantId, ApiKeyId apiKeyId) {

    public record Result(ApiKeyView apiKey) {

        public Optional<ApiKeyView> found() {
            return Optional.ofNullable(apiKey);
        }
    }
}
