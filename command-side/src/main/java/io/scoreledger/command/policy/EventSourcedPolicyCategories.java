package io.scoreledger.command.policy;

import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

class EventSourcedPolicyCategories implements KnownPolicyCategories {

    private final Repository<PolicyCategory> categories;

    EventSourcedPolicyCategories(Repository<PolicyCategory> categories) {
        this.categories = categories;
    }

    @Override
    public boolean exists(TenantId tenantId, PolicyCategoryId categoryId) {
        try {
            return categories.load(categoryId.value()).invoke(category -> category.belongsTo(tenantId));
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }
}
