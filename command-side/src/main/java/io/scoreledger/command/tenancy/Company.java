package io.scoreledger.command.tenancy;

import io.scoreledger.command.InputRules;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.tenancy.commands.CreateCompany;
import io.scoreledger.tenancy.events.CompanyCreated;
import java.time.ZoneOffset;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

class Company {

    @AggregateIdentifier
    private TenantId tenantId;

    Company() {}

    @CommandHandler
    Company(CreateCompany command) {
        InputRules.requireText("name", command.name(), InputRules.NAME_MAX);
        InputRules.requireEmail("email", command.email());
        if (command.subscriptionPackage() == null) {
            throw new InvalidCommandException("subscription_package", "The subscription package is required.");
        }
        var createdAt = command.requestedAt();
        var cycleEnd = createdAt.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
        apply(new CompanyCreated(
                command.tenantId(),
                command.name().strip(),
                command.email().strip().toLowerCase(Locale.ROOT),
                command.subscriptionPackage(),
                createdAt,
                cycleEnd));
    }

    @EventSourcingHandler
    void on(CompanyCreated event) {
        tenantId = event.tenantId();
    }
}
