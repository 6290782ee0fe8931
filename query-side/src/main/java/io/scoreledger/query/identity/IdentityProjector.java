package io.scoreledger.query.identity;

import io.scoreledger.identity.events.AccessTokenRevoked;
import io.scoreledger.identity.events.ApiKeyIssued;
import io.scoreledger.identity.events.ApiKeyRevoked;
import io.scoreledger.identity.events.SessionEnded;
import io.scoreledger.identity.events.SessionStarted;
import io.scoreledger.identity.events.UserDeactivated;
import io.scoreledger.identity.events.UserIdentityLinked;
import io.scoreledger.identity.events.UserRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

@ProcessingGroup(IdentityProjector.PROCESSING_GROUP)
public class IdentityProjector {

    public static final String PROCESSING_GROUP = "identity-projection";

    private final IdentityRepository repository;

    public IdentityProjector(IdentityRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(UserRegistered event, @SequenceNumber long sequence) {
        repository.insertUser(event, sequence);
    }

    @EventHandler
    void on(UserIdentityLinked event, @SequenceNumber long sequence) {
        repository.linkSubject(event.userId(), event.subject(), sequence);
    }

    @EventHandler
    void on(UserDeactivated event, @SequenceNumber long sequence) {
        repository.deactivateUser(event.userId(), sequence);
    }

    @EventHandler
    void on(SessionStarted event) {
        repository.insertSession(event);
    }

    @EventHandler
    void on(SessionEnded event) {
        repository.endSession(event.sessionId(), event.endedAt());
    }

    @EventHandler
    void on(AccessTokenRevoked event) {
        repository.insertRevokedToken(event);
    }

    @EventHandler
    void on(ApiKeyIssued event) {
        repository.insertApiKey(event);
    }

    @EventHandler
    void on(ApiKeyRevoked event) {
        repository.revokeApiKey(event.apiKeyId(), event.revokedAt());
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
