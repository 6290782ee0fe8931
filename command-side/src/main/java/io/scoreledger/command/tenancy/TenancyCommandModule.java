package io.scoreledger.command.tenancy;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the tenancy aggregates and handlers; the aggregates themselves stay package-private. */
public final class TenancyCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(Company.class);
        configurer.configureAggregate(Client.class);
        configurer.registerCommandHandler(configuration ->
                new ClientCreation(configuration.repository(Client.class), knownCompanies(configuration)));
    }

    /** The companies' organization findings, for the organization feature's command handler. */
    public static CompanyFindings companyFindings(org.axonframework.config.Configuration configuration) {
        return new EventSourcedCompanyFindings(configuration.repository(Company.class));
    }

    /** Company existence, for other features' commands that create things inside a company. */
    public static KnownCompanies knownCompanies(org.axonframework.config.Configuration configuration) {
        return new EventSourcedCompanies(configuration.repository(Company.class));
    }
}
