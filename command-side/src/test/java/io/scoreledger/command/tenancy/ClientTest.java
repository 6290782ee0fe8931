package io.scoreledger.command.tenancy;

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
import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final ClientId CLIENT = new ClientId("cli_one");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:00:00Z");
    private static final ClientProfile PROFILE =
            new ClientProfile("Initech", "Austin", "TX", "US", "Technology", 150, "SMTP");

    private AggregateTestFixture<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        Set<TenantId> existing = Set.of(ACME, GLOBEX);
        fixture.registerAnnotatedCommandHandler(new ClientCreation(fixture.getRepository(), existing::contains));
    }

    @Test
    void givenExistingCompany_whenCreateClient_thenClientCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateClient(ACME, CLIENT, PROFILE, NOW))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(CLIENT)
                .expectEvents(new ClientCreated(ACME, CLIENT, PROFILE, NOW));
    }

    @Test
    void givenExistingCompany_whenCreateClientWithBlankOptionals_thenTheyAreStoredAsAbsent() {
        var padded = new ClientProfile(" Initech ", " ", "", null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(new CreateClient(ACME, CLIENT, padded, NOW))
                .expectEvents(new ClientCreated(
                        ACME, CLIENT, new ClientProfile("Initech", null, null, null, null, null, null), NOW));
    }

    @Test
    void givenNoSuchCompany_whenCreateClient_thenRejectedAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreateClient(new TenantId("cmp_ghost"), CLIENT, PROFILE, NOW))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenExistingCompany_whenCreateClientWithUnknownCountry_thenRejected() {
        var profile = new ClientProfile("Initech", null, null, "USA", null, null, null);
        fixture.givenNoPriorActivity()
                .when(new CreateClient(ACME, CLIENT, profile, NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenExistingCompany_whenCreateClientWithNegativeEmployeeCount_thenRejected() {
        var profile = new ClientProfile("Initech", null, null, null, null, -1, null);
        fixture.givenNoPriorActivity()
                .when(new CreateClient(ACME, CLIENT, profile, NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenActiveClient_whenDeactivate_thenClientDeactivated() {
        fixture.given(new ClientCreated(ACME, CLIENT, PROFILE, NOW))
                .when(new DeactivateClient(ACME, CLIENT, LATER))
                .expectEvents(new ClientDeactivated(ACME, CLIENT, LATER));
    }

    @Test
    void givenInactiveClient_whenDeactivateAgain_thenNoEvent() {
        fixture.given(new ClientCreated(ACME, CLIENT, PROFILE, NOW), new ClientDeactivated(ACME, CLIENT, NOW))
                .when(new DeactivateClient(ACME, CLIENT, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenInactiveClient_whenReactivate_thenClientReactivated() {
        fixture.given(new ClientCreated(ACME, CLIENT, PROFILE, NOW), new ClientDeactivated(ACME, CLIENT, NOW))
                .when(new ReactivateClient(ACME, CLIENT, LATER))
                .expectEvents(new ClientReactivated(ACME, CLIENT, LATER));
    }

    @Test
    void givenActiveClient_whenReactivate_thenNoEvent() {
        fixture.given(new ClientCreated(ACME, CLIENT, PROFILE, NOW))
                .when(new ReactivateClient(ACME, CLIENT, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsClient_whenDeactivate_thenRejectedAsNotFound() {
        fixture.given(new ClientCreated(ACME, CLIENT, PROFILE, NOW))
                .when(new DeactivateClient(GLOBEX, CLIENT, LATER))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsClient_whenReactivate_thenRejectedAsNotFound() {
        fixture.given(new ClientCreated(ACME, CLIENT, PROFILE, NOW), new ClientDeactivated(ACME, CLIENT, NOW))
                .when(new ReactivateClient(GLOBEX, CLIENT, LATER))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }
}
