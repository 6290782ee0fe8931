package io.scoreledger.command.integration;

import io.scoreledger.command.tenancy.TenancyCommandModule;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the integration credential aggregate and its creation handler; the aggregate stays package-private. */
public final class IntegrationCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(IntegrationCredential.class);
        configurer.registerCommandHandler(configuration -> new IntegrationCredentialCreation(
                configuration.repository(IntegrationCredential.class),
                TenancyCommandModule.knownCompanies(configuration)));
    }
}
