package io.scoreledger.identity.events;

import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * openedWithTokenSha256 is the hex SHA-256 of the JWT the session was opened with, so logging that JWT out ends the
 * session too; null for sessions started before revision 2.
 */
@Revision("2")
public record SessionStarted(
        TenantId tenantId,
        UserId userId,
        SessionId sessionId,
        String tokenSha256,
        Instant startedAt,
        Instant expiresAt,
        String openedWithTokenSha256)
        implements UserEvent {}
