package io.scoreledger.query.identity;

import static io.scoreledger.query.jooq.Tables.API_KEY;
import static io.scoreledger.query.jooq.Tables.API_KEY_USAGE;
import static io.scoreledger.query.jooq.Tables.APP_USER;
import static io.scoreledger.query.jooq.Tables.REVOKED_ACCESS_TOKEN;
import static io.scoreledger.query.jooq.Tables.USER_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.identity.events.AccessTokenRevoked;
import io.scoreledger.identity.events.ApiKeyIssued;
import io.scoreledger.identity.events.ApiKeyRevoked;
import io.scoreledger.identity.events.SessionEnded;
import io.scoreledger.identity.events.SessionStarted;
import io.scoreledger.identity.events.UserDeactivated;
import io.scoreledger.identity.events.UserIdentityLinked;
import io.scoreledger.identity.events.UserRegistered;
import io.scoreledger.identity.queries.FindApiKeyCredential;
import io.scoreledger.identity.queries.FindApiKeys;
import io.scoreledger.identity.queries.FindSession;
import io.scoreledger.identity.queries.FindUserByIdentity;
import io.scoreledger.identity.queries.FindUsers;
import io.scoreledger.identity.queries.GetUser;
import io.scoreledger.identity.queries.IsAccessTokenRevoked;
import io.scoreledger.identity.queries.UserView;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentityProjectionTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final UserId JANE = new UserId("usr_jane");
    private static final UserId JOHN = new UserId("usr_john");
    private static final UserId AUDREY = new UserId("usr_audrey");
    private static final ApiKeyId KEY = new ApiKeyId("key_ci");
    private static final SessionId SESSION = new SessionId("ses_one");
    private static final String SESSION_HASH = "c".repeat(64);
    private static final String TOKEN_HASH = "d".repeat(64);
    private static final String SECRET_HASH = "e".repeat(64);
    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");

    private final DSLContext dsl = ReadModelDatabase.dsl();
    private final IdentityRepository repository = new IdentityRepository(dsl);
    private final IdentityProjector projector = new IdentityProjector(repository);
    private final IdentityQueryHandler queries = new IdentityQueryHandler(repository);

    @BeforeEach
    void emptyReadModel() {
        repository.deleteAll();
        dsl.deleteFrom(API_KEY_USAGE).execute();
    }

    private static EventFeed history() {
        return new EventFeed()
                .append(
                        "User",
                        JANE.value(),
                        new UserRegistered(ACME, JANE, "Jane Smith", "jane@example.com", Role.MSP_ADMIN, Set.of(), T0))
                .append(
                        "User",
                        JOHN.value(),
                        new UserRegistered(
                                ACME,
                                JOHN,
                                "John Doe",
                                "john@example.com",
                                Role.COMPANY_USER,
                                Set.of(new ClientId("cli_b"), new ClientId("cli_a")),
                                T0.plusSeconds(1)))
                .append(
                        "User",
                        AUDREY.value(),
                        new UserRegistered(
                                GLOBEX,
                                AUDREY,
                                "Audrey",
                                "audrey@globex.example",
                                Role.AUDITOR,
                                Set.of(),
                                T0.plusSeconds(2)))
                .append("User", JANE.value(), new UserIdentityLinked(ACME, JANE, "auth0|jane", T0.plusSeconds(3)))
                .append(
                        "User",
                        JANE.value(),
                        new SessionStarted(
                                ACME,
                                JANE,
                                SESSION,
                                SESSION_HASH,
                                T0.plusSeconds(4),
                                T0.plusSeconds(40_000),
                                TOKEN_HASH))
                .append(
                        "User",
                        JANE.value(),
                        new AccessTokenRevoked(ACME, JANE, TOKEN_HASH, T0.plusSeconds(80_000), T0.plusSeconds(5)))
                .append("User", JOHN.value(), new UserDeactivated(ACME, JOHN, T0.plusSeconds(6)))
                .append(
                        "ApiKey",
                        KEY.value(),
                        new ApiKeyIssued(
                                ACME,
                                KEY,
                                "CI runner",
                                Set.of(Scope.DASHBOARD_READ, Scope.SCORES_READ),
                                "AbCdEfGh12345678",
                                SECRET_HASH,
                                T0.plusSeconds(90 * 86_400),
                                JANE.value(),
                                T0.plusSeconds(7),
                                Role.MSP_ADMIN,
                                Set.of()));
    }

    @Test
    void givenUsers_whenPagingTheDirectory_thenPagesTotalsAndFiltersHold() {
        EventFeed.deliver(projector, history().events());

        var firstPage = queries.handle(new FindUsers(true, Set.of(), null, null, 1, 2));
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.users()).extracting(UserView::id).containsExactly(JANE, JOHN);
        assertThat(queries.handle(new FindUsers(true, Set.of(), null, null, 2, 2))
                        .users())
                .extracting(UserView::id)
                .containsExactly(AUDREY);
        assertThat(queries.handle(new FindUsers(false, Set.of(ACME), null, null, 1, 15))
                        .total())
                .isEqualTo(2);
        assertThat(queries.handle(new FindUsers(false, Set.of(ACME), GLOBEX, null, 1, 15))
                        .total())
                .isZero();
        assertThat(queries.handle(new FindUsers(true, Set.of(), null, Role.AUDITOR, 1, 15))
                        .users())
                .extracting(UserView::id)
                .containsExactly(AUDREY);
    }

    @Test
    void givenUserEvents_whenProjected_thenUserCarriesLinkStatusAndClients() {
        EventFeed.deliver(projector, history().events());

        var jane = queries.handle(new GetUser(ACME, JANE)).user();
        assertThat(jane.subject()).isEqualTo("auth0|jane");
        assertThat(jane.active()).isTrue();
        var john = queries.handle(new GetUser(ACME, JOHN)).user();
        assertThat(john.active()).isFalse();
        assertThat(john.clientIds()).containsExactlyInAnyOrder(new ClientId("cli_a"), new ClientId("cli_b"));
        assertThat(queries.handle(new GetUser(GLOBEX, JANE)).found()).isEmpty();
    }

    @Test
    void givenLinkedAndUnlinkedUsers_whenFindingByIdentity_thenSubjectFirstAndEmailOnlyWhileUnlinked() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new FindUserByIdentity("auth0|jane", "someone@else.example"))
                        .user()
                        .id())
                .isEqualTo(JANE);
        assertThat(queries.handle(new FindUserByIdentity("auth0|new", "AUDREY@globex.example"))
                        .user()
                        .id())
                .isEqualTo(AUDREY);
        assertThat(queries.handle(new FindUserByIdentity("auth0|impostor", "jane@example.com"))
                        .found())
                .isEmpty();
    }

    @Test
    void givenCredentialEvents_whenProjected_thenSessionsRevocationsAndKeysAreFindable() {
        EventFeed.deliver(
                projector,
                history()
                        .append("User", JANE.value(), new SessionEnded(ACME, JANE, SESSION, T0.plusSeconds(10)))
                        .events());

        var session = queries.handle(new FindSession(SESSION_HASH)).session();
        assertThat(session.userId()).isEqualTo(JANE);
        assertThat(session.endedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(queries.handle(new IsAccessTokenRevoked(TOKEN_HASH)).revoked())
                .isTrue();
        assertThat(queries.handle(new IsAccessTokenRevoked(SESSION_HASH)).revoked())
                .isFalse();
        var credential =
                queries.handle(new FindApiKeyCredential("AbCdEfGh12345678")).credential();
        assertThat(credential.secretSha256()).isEqualTo(SECRET_HASH);
        assertThat(credential.scopes()).containsExactlyInAnyOrder(Scope.DASHBOARD_READ, Scope.SCORES_READ);
        assertThat(credential.revokedAt()).isNull();
        assertThat(credential.issuerRole()).isEqualTo(Role.MSP_ADMIN);
        assertThat(credential.issuerClientIds()).isEmpty();
    }

    @Test
    void givenKeyRevoked_whenListing_thenRevocationShownAndKeysScopedToTenantAndIssuer() {
        EventFeed.deliver(
                projector,
                history()
                        .append("ApiKey", KEY.value(), new ApiKeyRevoked(ACME, KEY, T0.plusSeconds(20)))
                        .events());

        assertThat(queries.handle(new FindApiKeys(ACME, JANE.value())).items())
                .singleElement()
                .satisfies(key -> assertThat(key.revokedAt()).isEqualTo(T0.plusSeconds(20)));
        assertThat(queries.handle(new FindApiKeys(ACME, JOHN.value())).items()).isEmpty();
        assertThat(queries.handle(new FindApiKeys(GLOBEX, null)).items()).isEmpty();
        assertThat(queries.handle(new FindApiKeyCredential("AbCdEfGh12345678"))
                        .credential()
                        .revokedAt())
                .isNotNull();
    }

    @Test
    void givenUsage_whenRecordedOutOfOrderAndProjectionRebuilt_thenLatestTimeSurvives() {
        EventFeed.deliver(projector, history().events());

        repository.recordApiKeyUsage(Map.of(KEY, T0.plusSeconds(500)));
        repository.recordApiKeyUsage(Map.of(KEY, T0.plusSeconds(100)));
        EventFeed.reset(projector);
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new FindApiKeys(ACME, null))
                        .items()
                        .getFirst()
                        .lastUsedAt())
                .isEqualTo(T0.plusSeconds(500));
    }

    @Test
    void givenProjectedLog_whenResetAndReplayed_thenIdenticalRows() {
        var events = history()
                .append("User", JANE.value(), new SessionEnded(ACME, JANE, SESSION, T0.plusSeconds(10)))
                .events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.reset(projector);
        assertThat(dsl.fetchCount(APP_USER)).isZero();
        EventFeed.deliver(projector, events);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void givenProjectedLog_whenRedelivered_thenNothingChanges() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.deliver(projector, events);

        assertThat(snapshot()).isEqualTo(before);
    }

    private List<Result<?>> snapshot() {
        return List.of(
                dsl.selectFrom(APP_USER).orderBy(APP_USER.ID).fetch(),
                dsl.selectFrom(API_KEY).orderBy(API_KEY.ID).fetch(),
                dsl.selectFrom(USER_SESSION).orderBy(USER_SESSION.ID).fetch(),
                dsl.selectFrom(REVOKED_ACCESS_TOKEN)
                        .orderBy(REVOKED_ACCESS_TOKEN.TOKEN_SHA256)
                        .fetch());
    }
}
