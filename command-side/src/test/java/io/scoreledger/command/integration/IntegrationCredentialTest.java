package io.scoreledger.command.integration;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.integration.IntegrationType;
import io.scoreledger.integration.commands.AddIntegrationCredential;
import io.scoreledger.integration.commands.RevokeIntegrationCredential;
import io.scoreledger.integration.events.IntegrationCredentialAdded;
import io.scoreledger.integration.events.IntegrationCredentialRevoked;
import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationCredentialTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final TenantId NOBODY = new TenantId("cmp_nobody");
    private static final ClientId CLIENT = new ClientId("cli_one");
    private static final IntegrationCredentialId CREDENTIAL = new IntegrationCredentialId("icr_one");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-02T09:00:00Z");

    private static final IntegrationCredentialAdded ADDED = new IntegrationCredentialAdded(
            ACME,
            CREDENTIAL,
            CLIENT,
            IntegrationType.CONNECTWISE,
            "Main ConnectWise",
            "k1:sealed-key",
            "k1:sealed-secret",
            "https://cw.example.com",
            "client-42",
            T0);
    private static final IntegrationCredentialRevoked REVOKED =
            new IntegrationCredentialRevoked(ACME, CREDENTIAL, CLIENT, T1);

    private AggregateTestFixture<IntegrationCredential> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IntegrationCredential.class);
        fixture.registerAnnotatedCommandHandler(new IntegrationCredentialCreation(
                fixture.getRepository(), tenant -> tenant.equals(ACME) || tenant.equals(GLOBEX)));
    }

    private static AddIntegrationCredential add(String type, String name, String key, String secret, String url) {
        return new AddIntegrationCredential(ACME, CREDENTIAL, CLIENT, type, name, key, secret, url, " client-42 ", T0);
    }

    @Test
    void givenNothing_whenAddingCredential_thenAddedWithSealedSecretsOnly() {
        fixture.givenNoPriorActivity()
                .when(add(
                        "connectwise",
                        " Main ConnectWise ",
                        "k1:sealed-key",
                        "k1:sealed-secret",
                        " https://cw.example.com "))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(CREDENTIAL)
                .expectEvents(ADDED);
    }

    @Test
    void givenNothing_whenAddingWithoutOptionalFields_thenThoseAreNull() {
        fixture.givenNoPriorActivity()
                .when(new AddIntegrationCredential(
                        ACME, CREDENTIAL, CLIENT, "huntress", "Huntress", "k1:sealed", " ", null, null, T0))
                .expectEvents(new IntegrationCredentialAdded(
                        ACME,
                        CREDENTIAL,
                        CLIENT,
                        IntegrationType.HUNTRESS,
                        "Huntress",
                        "k1:sealed",
                        null,
                        null,
                        null,
                        T0));
    }

    @Test
    void givenNothing_whenTypeIsUnknown_thenInvalidAndNoEvent() {
        fixture.givenNoPriorActivity()
                .when(add("servicenow", "N", "k1:sealed", null, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The type field must be one of connectwise, huntress, autotask, datto, "
                        + "ninjaone, sentinelone, crowdstrike, microsoft365, google_workspace, other.")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(add("ConnectWise", "N", "k1:sealed", null, null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(add(null, "N", "k1:sealed", null, null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenApiKeyIsBlank_thenInvalidAndNoEvent() {
        fixture.givenNoPriorActivity()
                .when(add("datto", "D", " ", null, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The api_key field is required.")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(add("datto", "D", null, null, null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenNameIsBlankOrTooLong_thenInvalidAndNoEvent() {
        fixture.givenNoPriorActivity()
                .when(add("datto", " ", "k1:sealed", null, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The name field is required.")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(add("datto", "x".repeat(256), "k1:sealed", null, null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenServerUrlIsNotHttps_thenInvalidAndNoEvent() {
        for (var url : new String[] {
            "http://cw.example.com",
            "cw.example.com",
            "ftp://cw.example.com",
            "https://",
            "https://user:pw@cw.example.com",
            "https://bad host",
            "javascript:alert(1)"
        }) {
            fixture.givenNoPriorActivity()
                    .when(add("connectwise", "C", "k1:sealed", null, url))
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage("The server_url field must be an https URL.")
                    .expectNoEvents();
        }
    }

    @Test
    void givenUnknownCompany_whenAdding_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new AddIntegrationCredential(
                        NOBODY, CREDENTIAL, CLIENT, "other", "O", "k1:sealed", null, null, null, T0))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenActiveCredential_whenRevoking_thenRevoked() {
        fixture.given(ADDED)
                .when(new RevokeIntegrationCredential(ACME, CREDENTIAL, T1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REVOKED);
    }

    @Test
    void givenRevokedCredential_whenRevokingAgain_thenConflictAndNoEvent() {
        fixture.given(ADDED, REVOKED)
                .when(new RevokeIntegrationCredential(ACME, CREDENTIAL, T1))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The integration credential is already revoked.")
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsCredential_whenRevoking_thenNotFoundAndNoEvent() {
        fixture.given(ADDED)
                .when(new RevokeIntegrationCredential(GLOBEX, CREDENTIAL, T1))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }
}
