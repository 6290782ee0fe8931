package io.scoreledger.tenancy.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClientDeactivated(TenantId tenantId, ClientId clientId, Instant deactivatedAt) implements ClientEvent {}
