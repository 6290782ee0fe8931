package io.scoreledger.command.identity;

import io.scoreledger.command.tenancy.KnownCompanies;
import io.scoreledger.identity.commands.RegisterUser;
import io.scoreledger.ids.UserId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** Registering needs two set-based checks the new aggregate cannot make: the company exists, the e-mail is free. */
class UserRegistration {

    private final Repository<User> users;
    private final KnownCompanies companies;
    private final EmailClaims emails;

    UserRegistration(Repository<User> users, KnownCompanies companies, EmailClaims emails) {
        this.users = users;
        this.companies = companies;
        this.emails = emails;
    }

    @CommandHandler
    UserId handle(RegisterUser command) throws Exception {
        User.validate(command);
        if (!companies.exists(command.tenantId())) {
            throw new UnknownResourceException("Company not found.");
        }
        if (!emails.claim(User.normalizedEmail(command.email()), command.userId())) {
            throw new InvalidCommandException("email", "The email has already been taken.");
        }
        users.newInstance(() -> new User(command));
        return command.userId();
    }
}
