package io.scoreledger.identity.events;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record UserDeactivated(TenantId tenantId, UserId userId, Instant deactivatedAt) implements UserEvent {}
