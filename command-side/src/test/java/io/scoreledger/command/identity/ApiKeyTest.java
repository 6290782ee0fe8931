package io.scoreledger.command.identity;

import io.scoreledger.identity.commands.IssueApiKey;
import io.scoreledger.identity.commands.RevokeApiKey;
import io.scoreledger.identity.events.ApiKeyIssued;
import io.scoreledger.identity.events.ApiKeyRevoked;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final ApiKeyId KEY = new ApiKeyId("key_ci");
    private static final String LOOKUP = "AbCdEfGh12345678";
    private static final String HASH = "b".repeat(64);
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant IN_90_DAYS = NOW.plusSeconds(90 * 86_400);
    private static final ApiKeyIssued ISSUED = new ApiKeyIssued(
            ACME,
            KEY,
            "CI runner",
            Set.of(Scope.DASHBOARD_READ),
            LOOKUP,
            HASH,
            IN_90_DAYS,
            "usr_jane",
            NOW,
            Role.MSP_ADMIN,
            Set.of());

    private AggregateTestFixture<ApiKey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApiKey.class);
    }

    @Test
    void givenNothing_whenIssueApiKey_thenIssued() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKey(
                        ACME,
                        KEY,
                        " CI runner ",
                        Set.of(Scope.DASHBOARD_READ),
                        LOOKUP,
                        HASH,
                        IN_90_DAYS,
                        "usr_jane",
                        NOW,
                        Role.MSP_ADMIN,
                        Set.of()))
                .expectEvents(ISSUED);
    }

    @Test
    void givenNothing_whenIssueKeyWithoutScopes_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKey(
                        ACME, KEY, "CI", Set.of(), LOOKUP, HASH, null, "usr_jane", NOW, Role.MSP_ADMIN, Set.of()))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenIssueKeyWithPlainSecretInsteadOfHash_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKey(
                        ACME,
                        KEY,
                        "CI",
                        Set.of(Scope.SCORES_READ),
                        LOOKUP,
                        "secret",
                        null,
                        "usr_jane",
                        NOW,
                        Role.MSP_ADMIN,
                        Set.of()))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenIssueKeyExpiringInThePast_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKey(
                        ACME,
                        KEY,
                        "CI",
                        Set.of(Scope.SCORES_READ),
                        LOOKUP,
                        HASH,
                        NOW.minusSeconds(1),
                        "usr_jane",
                        NOW,
                        Role.MSP_ADMIN,
                        Set.of()))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenACompanyUserIssuer_whenIssueApiKey_thenTheKeyRecordsItsClients() {
        var clients = Set.of(new ClientId("cli_a"));
        fixture.givenNoPriorActivity()
                .when(new IssueApiKey(
                        ACME,
                        KEY,
                        "CI",
                        Set.of(Scope.CLIENTS_READ),
                        LOOKUP,
                        HASH,
                        null,
                        "usr_john",
                        NOW,
                        Role.COMPANY_USER,
                        clients))
                .expectEvents(new ApiKeyIssued(
                        ACME,
                        KEY,
                        "CI",
                        Set.of(Scope.CLIENTS_READ),
                        LOOKUP,
                        HASH,
                        null,
                        "usr_john",
                        NOW,
                        Role.COMPANY_USER,
                        clients));
    }

    @Test
    void givenNothing_whenIssueKeyWithAScopeBeyondTheIssuersRole_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKey(
                        ACME,
                        KEY,
                        "CI",
                        Set.of(Scope.SCORES_READ),
                        LOOKUP,
                        HASH,
                        null,
                        "usr_john",
                        NOW,
                        Role.COMPANY_USER,
                        Set.of()))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenIssueKeyWithoutTheIssuersAccess_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKey(
                        ACME, KEY, "CI", Set.of(Scope.CLIENTS_READ), LOOKUP, HASH, null, "usr_john", NOW, null, null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new IssueApiKey(
                        ACME,
                        KEY,
                        "CI",
                        Set.of(Scope.CLIENTS_READ),
                        LOOKUP,
                        HASH,
                        null,
                        "usr_john",
                        NOW,
                        Role.COMPANY_USER,
                        null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenIssuedKey_whenRevoke_thenRevoked_andAgainNothing() {
        fixture.given(ISSUED).when(new RevokeApiKey(ACME, KEY, NOW)).expectEvents(new ApiKeyRevoked(ACME, KEY, NOW));
        fixture.given(ISSUED, new ApiKeyRevoked(ACME, KEY, NOW))
                .when(new RevokeApiKey(ACME, KEY, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsKey_whenRevoke_thenNotFound() {
        fixture.given(ISSUED)
                .when(new RevokeApiKey(new TenantId("cmp_globex"), KEY, NOW))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }
}
