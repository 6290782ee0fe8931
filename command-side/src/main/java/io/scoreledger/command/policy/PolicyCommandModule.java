package io.scoreledger.command.policy;

import io.scoreledger.command.tenancy.TenancyCommandModule;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the policy aggregates and handlers; the aggregates themselves stay package-private. */
public final class PolicyCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(PolicyCategory.class);
        configurer.configureAggregate(Policy.class);
        configurer.registerCommandHandler(configuration -> new PolicyCategoryCreation(
                configuration.repository(PolicyCategory.class), TenancyCommandModule.knownCompanies(configuration)));
        configurer.registerCommandHandler(configuration -> new PolicyCreation(
                configuration.repository(Policy.class),
                TenancyCommandModule.knownCompanies(configuration),
                new EventSourcedPolicyCategories(configuration.repository(PolicyCategory.class))));
    }
}
