package io.scoreledger.command.policy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.command.InputRules;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.commands.CreatePolicyCategory;
import io.scoreledger.policy.events.PolicyCategoryCreated;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

class PolicyCategory {

    static final int NAME_MAX = 100;

    @AggregateIdentifier
    private PolicyCategoryId categoryId;

    private TenantId tenantId;

    PolicyCategory() {}

    PolicyCategory(CreatePolicyCategory command) {
        InputRules.requireText("name", command.name(), NAME_MAX);
        apply(new PolicyCategoryCreated(
                command.tenantId(), command.categoryId(), command.name().strip(), command.requestedAt()));
    }

    boolean belongsTo(TenantId tenant) {
        return tenantId.equals(tenant);
    }

    @EventSourcingHandler
    void on(PolicyCategoryCreated event) {
        categoryId = event.categoryId();
        tenantId = event.tenantId();
    }
}
