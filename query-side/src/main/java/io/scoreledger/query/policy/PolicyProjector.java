package io.scoreledger.query.policy;

import io.scoreledger.policy.PolicyStatus;
import io.scoreledger.policy.events.PolicyAcknowledged;
import io.scoreledger.policy.events.PolicyApproved;
import io.scoreledger.policy.events.PolicyArchived;
import io.scoreledger.policy.events.PolicyCategoryCreated;
import io.scoreledger.policy.events.PolicyCreated;
import io.scoreledger.policy.events.PolicyPublished;
import io.scoreledger.policy.events.PolicyRejected;
import io.scoreledger.policy.events.PolicyUpdated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

@ProcessingGroup(PolicyProjector.PROCESSING_GROUP)
public class PolicyProjector {

    public static final String PROCESSING_GROUP = "policy-projection";

    private final PolicyRepository repository;

    public PolicyProjector(PolicyRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(PolicyCategoryCreated event, @SequenceNumber long sequence) {
        repository.insertCategory(event, sequence);
    }

    @EventHandler
    void on(PolicyCreated event, @SequenceNumber long sequence) {
        repository.insertPolicy(event, sequence);
    }

    @EventHandler
    void on(PolicyUpdated event, @SequenceNumber long sequence) {
        repository.updatePolicy(event, sequence);
    }

    @EventHandler
    void on(PolicyPublished event, @SequenceNumber long sequence) {
        repository.publishPolicy(event, sequence);
    }

    @EventHandler
    void on(PolicyApproved event, @SequenceNumber long sequence) {
        repository.changeStatus(event.policyId(), PolicyStatus.APPROVED, null, event.approvedAt(), sequence);
    }

    @EventHandler
    void on(PolicyRejected event, @SequenceNumber long sequence) {
        repository.changeStatus(event.policyId(), PolicyStatus.REJECTED, event.reason(), event.rejectedAt(), sequence);
    }

    @EventHandler
    void on(PolicyArchived event, @SequenceNumber long sequence) {
        repository.changeStatus(event.policyId(), PolicyStatus.ARCHIVED, null, event.archivedAt(), sequence);
    }

    @EventHandler
    void on(PolicyAcknowledged event) {
        repository.insertAcknowledgement(event);
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
