package io.scoreledger.identity.events;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;

public sealed interface UserEvent
        permits UserRegistered, UserIdentityLinked, UserDeactivated, SessionStarted, SessionEnded, AccessTokenRevoked {

    TenantId tenantId();

    UserId userId();
}
