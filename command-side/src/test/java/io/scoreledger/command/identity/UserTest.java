package io.scoreledger.command.identity;

import io.scoreledger.identity.commands.DeactivateUser;
import io.scoreledger.identity.commands.EndSession;
import io.scoreledger.identity.commands.LinkUserIdentity;
import io.scoreledger.identity.commands.RegisterUser;
import io.scoreledger.identity.commands.RevokeAccessToken;
import io.scoreledger.identity.commands.StartSession;
import io.scoreledger.identity.events.AccessTokenRevoked;
import io.scoreledger.identity.events.SessionEnded;
import io.scoreledger.identity.events.SessionStarted;
import io.scoreledger.identity.events.UserDeactivated;
import io.scoreledger.identity.events.UserIdentityLinked;
import io.scoreledger.identity.events.UserRegistered;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import io.scoreledger.values.Role;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final UserId JANE = new UserId("usr_jane");
    private static final UserId JOHN = new UserId("usr_john");
    private static final ClientId INITECH = new ClientId("cli_initech");
    private static final SessionId SESSION = new SessionId("ses_one");
    private static final String HASH = "a".repeat(64);
    private static final String JWT_HASH = "c".repeat(64);
    private static final String OTHER_JWT_HASH = "d".repeat(64);
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private final Map<String, UserId> claimedEmails = new HashMap<>();
    private AggregateTestFixture<User> fixture;

    private static final UserRegistered JANE_REGISTERED =
            new UserRegistered(ACME, JANE, "Jane Smith", "jane@example.com", Role.MSP_ADMIN, Set.of(), NOW);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        EmailClaims claims = (email, user) -> claimedEmails.putIfAbsent(email, user) == null;
        fixture.registerAnnotatedCommandHandler(
                new UserRegistration(fixture.getRepository(), Set.of(ACME, GLOBEX)::contains, claims));
    }

    @Test
    void givenCompany_whenRegisterUser_thenUserRegisteredWithNormalizedEmail() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(ACME, JANE, " Jane Smith ", "Jane@Example.com ", Role.MSP_ADMIN, Set.of(), NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(JANE_REGISTERED);
    }

    @Test
    void givenCompany_whenRegisterCompanyUserWithClients_thenClientsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(ACME, JANE, "Jane", "jane@example.com", Role.COMPANY_USER, Set.of(INITECH), NOW))
                .expectEvents(new UserRegistered(
                        ACME, JANE, "Jane", "jane@example.com", Role.COMPANY_USER, Set.of(INITECH), NOW));
    }

    @Test
    void givenEmailTakenByAnotherUser_whenRegisterUser_thenRejected() {
        claimedEmails.put("jane@example.com", JOHN);
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(GLOBEX, JANE, "Jane", "JANE@example.com", Role.AUDITOR, Set.of(), NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The email has already been taken.")
                .expectNoEvents();
    }

    @Test
    void givenNoSuchCompany_whenRegisterUser_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(
                        new TenantId("cmp_ghost"), JANE, "Jane", "jane@example.com", Role.AUDITOR, Set.of(), NOW))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenCompany_whenRegisterSuperAdmin_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(ACME, JANE, "Jane", "jane@example.com", Role.SUPER_ADMIN, Set.of(), NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenCompany_whenRegisterAdminWithClients_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(ACME, JANE, "Jane", "jane@example.com", Role.MSP_ADMIN, Set.of(INITECH), NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenCompany_whenRegisterWithMalformedEmail_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(ACME, JANE, "Jane", "jane", Role.AUDITOR, Set.of(), NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenUnlinkedUser_whenLinkIdentity_thenLinked() {
        fixture.given(JANE_REGISTERED)
                .when(new LinkUserIdentity(ACME, JANE, "auth0|123", LATER))
                .expectEvents(new UserIdentityLinked(ACME, JANE, "auth0|123", LATER));
    }

    @Test
    void givenLinkedUser_whenSameSubjectAgain_thenNoEvent() {
        fixture.given(JANE_REGISTERED, new UserIdentityLinked(ACME, JANE, "auth0|123", NOW))
                .when(new LinkUserIdentity(ACME, JANE, "auth0|123", LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenLinkedUser_whenOtherSubject_thenConflict() {
        fixture.given(JANE_REGISTERED, new UserIdentityLinked(ACME, JANE, "auth0|123", NOW))
                .when(new LinkUserIdentity(ACME, JANE, "auth0|999", LATER))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void givenDeactivatedUser_whenLinkIdentity_thenConflict() {
        fixture.given(JANE_REGISTERED, new UserDeactivated(ACME, JANE, NOW))
                .when(new LinkUserIdentity(ACME, JANE, "auth0|123", LATER))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void givenActiveUser_whenDeactivate_thenDeactivated_andAgainNothing() {
        fixture.given(JANE_REGISTERED)
                .when(new DeactivateUser(ACME, JANE, LATER))
                .expectEvents(new UserDeactivated(ACME, JANE, LATER));
        fixture.given(JANE_REGISTERED, new UserDeactivated(ACME, JANE, NOW))
                .when(new DeactivateUser(ACME, JANE, LATER))
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsUser_whenDeactivate_thenNotFound() {
        fixture.given(JANE_REGISTERED)
                .when(new DeactivateUser(GLOBEX, JANE, LATER))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenActiveUser_whenStartSession_thenSessionStarted() {
        fixture.given(JANE_REGISTERED)
                .when(new StartSession(ACME, JANE, SESSION, HASH, LATER, NOW, JWT_HASH))
                .expectEvents(new SessionStarted(ACME, JANE, SESSION, HASH, NOW, LATER, JWT_HASH));
    }

    @Test
    void givenDeactivatedUser_whenStartSession_thenConflict() {
        fixture.given(JANE_REGISTERED, new UserDeactivated(ACME, JANE, NOW))
                .when(new StartSession(ACME, JANE, SESSION, HASH, LATER, NOW, JWT_HASH))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void givenActiveUser_whenStartSessionWithPastExpiry_thenRejected() {
        fixture.given(JANE_REGISTERED)
                .when(new StartSession(ACME, JANE, SESSION, HASH, NOW.minusSeconds(1), NOW, JWT_HASH))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenOpenSession_whenEndSession_thenEnded_andUnknownSessionIsNoOp() {
        fixture.given(JANE_REGISTERED, new SessionStarted(ACME, JANE, SESSION, HASH, NOW, LATER, JWT_HASH))
                .when(new EndSession(ACME, JANE, SESSION, NOW))
                .expectEvents(new SessionEnded(ACME, JANE, SESSION, NOW));
        fixture.given(JANE_REGISTERED)
                .when(new EndSession(ACME, JANE, SESSION, NOW))
                .expectNoEvents();
    }

    @Test
    void givenUser_whenRevokeAccessToken_thenRevokedOnce() {
        fixture.given(JANE_REGISTERED)
                .when(new RevokeAccessToken(ACME, JANE, HASH, LATER, NOW))
                .expectEvents(new AccessTokenRevoked(ACME, JANE, HASH, LATER, NOW));
        fixture.given(JANE_REGISTERED, new AccessTokenRevoked(ACME, JANE, HASH, LATER, NOW))
                .when(new RevokeAccessToken(ACME, JANE, HASH, LATER, NOW))
                .expectNoEvents();
    }

    @Test
    void givenUser_whenRevokeMalformedTokenHash_thenRejected() {
        fixture.given(JANE_REGISTERED)
                .when(new RevokeAccessToken(ACME, JANE, "not-a-hash", LATER, NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenSessionsOpenedWithTwoTokens_whenRevokeOneToken_thenOnlyItsSessionEnds_beforeTheRevocation() {
        var other = new SessionId("ses_two");
        fixture.given(
                        JANE_REGISTERED,
                        new SessionStarted(ACME, JANE, SESSION, HASH, NOW, LATER, JWT_HASH),
                        new SessionStarted(ACME, JANE, other, "b".repeat(64), NOW, LATER, OTHER_JWT_HASH))
                .when(new RevokeAccessToken(ACME, JANE, JWT_HASH, LATER, NOW))
                .expectEvents(
                        new SessionEnded(ACME, JANE, SESSION, NOW),
                        new AccessTokenRevoked(ACME, JANE, JWT_HASH, LATER, NOW));
    }

    @Test
    void givenALoggedOutToken_whenStartSessionWithIt_thenConflict() {
        fixture.given(JANE_REGISTERED, new AccessTokenRevoked(ACME, JANE, JWT_HASH, LATER, NOW))
                .when(new StartSession(ACME, JANE, SESSION, HASH, LATER, NOW, JWT_HASH))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}
