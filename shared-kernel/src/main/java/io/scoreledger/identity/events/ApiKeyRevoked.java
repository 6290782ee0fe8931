package io.scoreledger.identity.events;

import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ApiKeyRevoked(TenantId tenantId, ApiKeyId apiKeyId, Instant revokedAt) implements ApiKeyEvent {}
