package io.scoreledger.command.tenancy;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the tenancy aggregates and handlers; the aggregates themselves stay package-private. */
public final class TenancyCommandModule implements ConfigurerModule {

    private final KnownDomains knownDomains;

    public TenancyCommandModule(KnownDomains knownDomains) {
        this.knownDomains = knownDomains;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(Company.class);
        configurer.configureAggregate(Client.class);
        configurer.registerCommandHandler(configuration ->
                new ClientCreation(configuration.repository(Client.class), knownCompanies(configuration)));
        configurer.registerCommandHandler(
                configuration -> new OrganizationIntake(configuration.repository(Company.class), knownDomains));
    }

    /** Company existence, for other features' commands that create things inside a company. */
    public static KnownCompanies knownCompanies(org.axonframework.config.Configuration configuration) {
        return new EventSourcedCompanies(configuration.repository(Company.class));
    }
}
