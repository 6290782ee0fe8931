package io.scoreledger.command.identity;

import io.scoreledger.command.tenancy.TenancyCommandModule;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers users and API keys. E-mail claims come from outside: infra backs them with a table. */
public final class IdentityCommandModule implements ConfigurerModule {

    private final EmailClaims emails;

    public IdentityCommandModule(EmailClaims emails) {
        this.emails = emails;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(User.class);
        configurer.configureAggregate(ApiKey.class);
        configurer.registerCommandHandler(configuration -> new UserRegistration(
                configuration.repository(User.class), TenancyCommandModule.knownCompanies(configuration), emails));
    }
}
