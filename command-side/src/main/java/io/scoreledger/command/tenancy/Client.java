package io.scoreledger.command.tenancy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.command.InputRules;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import io.scoreledger.tenancy.commands.CreateClient;
import io.scoreledger.tenancy.commands.DeactivateClient;
import io.scoreledger.tenancy.commands.ReactivateClient;
import io.scoreledger.tenancy.events.ClientCreated;
import io.scoreledger.tenancy.events.ClientDeactivated;
import io.scoreledger.tenancy.events.ClientReactivated;
import io.scoreledger.values.ClientProfile;
import io.scoreledger.values.ClientStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

class Client {

    @AggregateIdentifier
    private ClientId clientId;

    private TenantId tenantId;
    private ClientStatus status;

    Client() {}

    Client(CreateClient command) {
        var profile = command.profile();
        if (profile == null) {
            throw new InvalidCommandException("name", "The name field is required.");
        }
        InputRules.requireText("name", profile.name(), InputRules.NAME_MAX);
        InputRules.optionalText("city", profile.city(), InputRules.SHORT_TEXT_MAX);
        InputRules.optionalText("state", profile.state(), InputRules.SHORT_TEXT_MAX);
        InputRules.optionalCountry("country", profile.country());
        InputRules.optionalText("industry", profile.industry(), InputRules.SHORT_TEXT_MAX);
        InputRules.optionalEmployeeCount("employee_count", profile.employeeCount());
        InputRules.optionalText("email_delivery_settings", profile.emailDeliverySettings(), InputRules.SHORT_TEXT_MAX);
        apply(new ClientCreated(command.tenantId(), command.clientId(), stripped(profile), command.requestedAt()));
    }

    @CommandHandler
    void handle(DeactivateClient command) {
        requireSameTenant(command.tenantId());
        if (status == ClientStatus.INACTIVE) {
            return;
        }
        apply(new ClientDeactivated(tenantId, clientId, command.requestedAt()));
    }

    @CommandHandler
    void handle(ReactivateClient command) {
        requireSameTenant(command.tenantId());
        if (status == ClientStatus.ACTIVE) {
            return;
        }
        apply(new ClientReactivated(tenantId, clientId, command.requestedAt()));
    }

    /** Another tenant's client is answered exactly like a missing one, so its existence does not leak. */
    private void requireSameTenant(TenantId caller) {
        if (!tenantId.equals(caller)) {
            throw new UnknownResourceException("Client not found.");
        }
    }

    @EventSourcingHandler
    void on(ClientCreated event) {
        clientId = event.clientId();
        tenantId = event.tenantId();
        status = ClientStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ClientDeactivated event) {
        status = ClientStatus.INACTIVE;
    }

    @EventSourcingHandler
    void on(ClientReactivated event) {
        status = ClientStatus.ACTIVE;
    }

    private static ClientProfile stripped(ClientProfile p) {
        return new ClientProfile(
                p.name().strip(),
                blankToNull(p.city()),
                blankToNull(p.state()),
                blankToNull(p.country()),
                blankToNull(p.industry()),
                p.employeeCount(),
                blankToNull(p.emailDeliverySettings()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
