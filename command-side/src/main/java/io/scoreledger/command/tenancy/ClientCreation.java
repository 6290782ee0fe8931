package io.scoreledger.command.tenancy;

import io.scoreledger.ids.ClientId;
import io.scoreledger.rules.UnknownResourceException;
import io.scoreledger.tenancy.commands.CreateClient;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** Creates clients only inside companies that exist; the check needs more than the new aggregate knows. */
class ClientCreation {

    private final Repository<Client> clients;
    private final KnownCompanies companies;

    ClientCreation(Repository<Client> clients, KnownCompanies companies) {
        this.clients = clients;
        this.companies = companies;
    }

    @CommandHandler
    ClientId handle(CreateClient command) throws Exception {
        if (!companies.exists(command.tenantId())) {
            throw new UnknownResourceException("Company not found.");
        }
        clients.newInstance(() -> new Client(command));
        return command.clientId();
    }
}
