package io.scoreledger.command.integration;

import io.scoreledger.command.tenancy.KnownCompanies;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.integration.commands.AddIntegrationCredential;
import io.scoreledger.rules.UnknownResourceException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** A credential belongs to an existing company; the new aggregate cannot know that by itself. */
class IntegrationCredentialCreation {

    private final Repository<IntegrationCredential> credentials;
    private final KnownCompanies companies;

    IntegrationCredentialCreation(Repository<IntegrationCredential> credentials, KnownCompanies companies) {
        this.credentials = credentials;
        this.companies = companies;
    }

    @CommandHandler
    IntegrationCredentialId handle(AddIntegrationCredential command) throws Exception {
        if (!companies.exists(command.tenantId())) {
            throw new UnknownResourceException("Company not found.");
        }
        credentials.newInstance(() -> new IntegrationCredential(command));
        return command.credentialId();
    }
}
