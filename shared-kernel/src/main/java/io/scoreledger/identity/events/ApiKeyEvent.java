package io.scoreledger.identity.events;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;

public sealed interface ApiKeyEvent permits ApiKeyIssued, ApiKeyRevoked {

    TenantId tenantId();

    ApiKeyId apiKeyId();
}
