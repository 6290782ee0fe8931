package io.scoreledger.query.tenancy;

import io.scoreledger.tenancy.events.ClientCreated;
import io.scoreledger.tenancy.events.ClientDeactivated;
import io.scoreledger.tenancy.events.ClientReactivated;
import io.scoreledger.tenancy.events.CompanyCreated;
import io.scoreledger.values.ClientStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

@ProcessingGroup(TenancyProjector.PROCESSING_GROUP)
public class TenancyProjector {

    public static final String PROCESSING_GROUP = "tenancy-projection";

    private final TenancyRepository repository;

    public TenancyProjector(TenancyRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(CompanyCreated event, @SequenceNumber long sequence) {
        repository.upsertCompany(event, sequence);
    }

    @EventHandler
    void on(ClientCreated event, @SequenceNumber long sequence) {
        repository.insertClient(event, sequence);
    }

    @EventHandler
    void on(ClientDeactivated event, @SequenceNumber long sequence) {
        repository.changeClientStatus(event.clientId(), ClientStatus.INACTIVE, sequence);
    }

    @EventHandler
    void on(ClientReactivated event, @SequenceNumber long sequence) {
        repository.changeClientStatus(event.clientId(), ClientStatus.ACTIVE, sequence);
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
