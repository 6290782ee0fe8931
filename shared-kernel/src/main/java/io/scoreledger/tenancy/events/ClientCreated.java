package io.scoreledger.tenancy.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.ClientProfile;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClientCreated(TenantId tenantId, ClientId clientId, ClientProfile profile, Instant createdAt)
        implements ClientEvent {}
