package io.scoreledger.query.organization;

import io.scoreledger.organization.events.OrganizationScoreChanged;
import io.scoreledger.organization.events.OrganizationSignalRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

@ProcessingGroup(OrganizationProjector.PROCESSING_GROUP)
public class OrganizationProjector {

    public static final String PROCESSING_GROUP = "organization-projection";

    private final OrganizationRepository repository;

    public OrganizationProjector(OrganizationRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(OrganizationSignalRecorded event) {
        repository.insertFinding(event);
    }

    @EventHandler
    void on(OrganizationScoreChanged event, @SequenceNumber long sequence) {
        repository.upsertScore(event, sequence);
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
