package io.scoreledger.query.integration;

import io.scoreledger.integration.events.IntegrationCredentialAdded;
import io.scoreledger.integration.events.IntegrationCredentialRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

@ProcessingGroup(IntegrationProjector.PROCESSING_GROUP)
public class IntegrationProjector {

    public static final String PROCESSING_GROUP = "integration-projection";

    private final IntegrationCredentialRepository repository;

    public IntegrationProjector(IntegrationCredentialRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(IntegrationCredentialAdded event, @SequenceNumber long sequence) {
        repository.insert(event, sequence);
    }

    @EventHandler
    void on(IntegrationCredentialRevoked event, @SequenceNumber long sequence) {
        repository.revoke(event, sequence);
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
