package io.scoreledger.command.organization;

import io.scoreledger.command.tenancy.TenancyCommandModule;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the handler of organization findings; the findings are recorded on the company they were found for. */
public final class OrganizationCommandModule implements ConfigurerModule {

    private final KnownDomains knownDomains;

    public OrganizationCommandModule(KnownDomains knownDomains) {
        this.knownDomains = knownDomains;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.registerCommandHandler(configuration ->
                new OrganizationIntake(TenancyCommandModule.companyFindings(configuration), knownDomains));
    }
}
