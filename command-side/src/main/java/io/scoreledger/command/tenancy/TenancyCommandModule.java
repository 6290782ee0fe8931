package io.scoreledger.command.tenancy;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the tenancy aggregates and handlers; the aggregates themselves stay package-private. */
public final class TenancyCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(Company.class);
        configurer.configureAggregate(Client.class);
        configurer.registerCommandHandler(configuration -> new ClientCreation(
                configuration.repository(Client.class),
                new EventSourcedCompanies(configuration.repository(Company.class))));
    }
}
