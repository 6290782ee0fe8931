package io.scoreledger.query.tenancy;

import static io.scoreledger.query.jooq.Tables.CLIENT;
import static io.scoreledger.query.jooq.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import io.scoreledger.tenancy.events.ClientCreated;
import io.scoreledger.tenancy.events.ClientDeactivated;
import io.scoreledger.tenancy.events.ClientReactivated;
import io.scoreledger.tenancy.events.CompanyCreated;
import io.scoreledger.tenancy.queries.ClientView;
import io.scoreledger.tenancy.queries.FindClients;
import io.scoreledger.tenancy.queries.FindCompanies;
import io.scoreledger.tenancy.queries.GetClient;
import io.scoreledger.tenancy.queries.GetCompany;
import io.scoreledger.values.ClientProfile;
import io.scoreledger.values.ClientStatus;
import io.scoreledger.values.SubscriptionPackage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenancyProjectionTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final ClientId INITECH = new ClientId("cli_initech");
    private static final ClientId HOOLI = new ClientId("cli_hooli");
    private static final ClientId UMBRELLA = new ClientId("cli_umbrella");
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    private final DSLContext dsl = ReadModelDatabase.dsl();
    private final TenancyRepository repository = new TenancyRepository(dsl);
    private final TenancyProjector projector = new TenancyProjector(repository);
    private final TenancyQueryHandler queries = new TenancyQueryHandler(repository);

    @BeforeEach
    void emptyReadModel() {
        repository.deleteAll();
    }

    private static EventFeed history() {
        return new EventFeed()
                .append(
                        "Company",
                        ACME.value(),
                        new CompanyCreated(
                                ACME,
                                "Acme MSP",
                                "ops@acme.example",
                                SubscriptionPackage.PLUS,
                                T0,
                                T0.plusSeconds(31_536_000)))
                .append(
                        "Company",
                        GLOBEX.value(),
                        new CompanyCreated(
                                GLOBEX,
                                "Globex",
                                "it@globex.example",
                                SubscriptionPackage.ENTERPRISE,
                                T0.plusSeconds(60),
                                T0.plusSeconds(31_536_060)))
                .append(
                        "Client",
                        INITECH.value(),
                        new ClientCreated(
                                ACME,
                                INITECH,
                                new ClientProfile("Initech", "Austin", "TX", "US", "Technology", 150, "SMTP"),
                                T0.plusSeconds(120)))
                .append(
                        "Client",
                        HOOLI.value(),
                        new ClientCreated(
                                ACME,
                                HOOLI,
                                new ClientProfile("Hooli 100% Cloud", null, null, null, null, null, null),
                                T0.plusSeconds(180)))
                .append(
                        "Client",
                        UMBRELLA.value(),
                        new ClientCreated(
                                GLOBEX,
                                UMBRELLA,
                                new ClientProfile("Umbrella", null, null, "GB", null, 9, null),
                                T0.plusSeconds(240)))
                .append("Client", HOOLI.value(), new ClientDeactivated(ACME, HOOLI, T0.plusSeconds(300)));
    }

    @Test
    void givenCompaniesAndClients_whenProjected_thenCompaniesCarryTheirClientCounts() {
        EventFeed.deliver(projector, history().events());

        var companies = queries.handle(FindCompanies.all()).companies();

        assertThat(companies)
                .extracting(c -> c.id().value(), c -> c.clientCount(), c -> c.subscriptionPackage())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cmp_acme", 2, SubscriptionPackage.PLUS),
                        org.assertj.core.groups.Tuple.tuple("cmp_globex", 1, SubscriptionPackage.ENTERPRISE));
        var acme = queries.handle(new GetCompany(ACME)).company();
        assertThat(acme.subscriptionStatus()).isEqualTo("active");
        assertThat(acme.createdAt()).isEqualTo(T0);
        assertThat(acme.subscriptionCycleEndsAt()).isEqualTo(T0.plusSeconds(31_536_000));
    }

    @Test
    void givenRestrictedCaller_whenFindingCompanies_thenOnlyVisibleOnesReturned() {
        EventFeed.deliver(projector, history().events());

        var companies = queries.handle(FindCompanies.only(Set.of(GLOBEX))).companies();

        assertThat(companies).extracting(c -> c.id()).containsExactly(GLOBEX);
        assertThat(queries.handle(FindCompanies.only(Set.of())).companies()).isEmpty();
    }

    @Test
    void givenClients_whenFilteringByStatusAndName_thenOnlyMatchingClientsOfThatTenant() {
        EventFeed.deliver(projector, history().events());

        assertThat(ids(new FindClients(ACME, null, null))).containsExactly(INITECH, HOOLI);
        assertThat(ids(new FindClients(ACME, ClientStatus.ACTIVE, null))).containsExactly(INITECH);
        assertThat(ids(new FindClients(ACME, ClientStatus.INACTIVE, null))).containsExactly(HOOLI);
        assertThat(ids(new FindClients(ACME, null, "iNiT"))).containsExactly(INITECH);
        assertThat(ids(new FindClients(ACME, null, "umbrella"))).isEmpty();
        assertThat(ids(new FindClients(GLOBEX, null, "umbrella"))).containsExactly(UMBRELLA);
    }

    @Test
    void givenNameSearchWithLikeWildcards_whenFiltering_thenWildcardsMatchLiterally() {
        EventFeed.deliver(projector, history().events());

        assertThat(ids(new FindClients(ACME, null, "100%"))).containsExactly(HOOLI);
        assertThat(ids(new FindClients(ACME, null, "%"))).containsExactly(HOOLI);
        assertThat(ids(new FindClients(ACME, null, "_"))).isEmpty();
    }

    @Test
    void givenClient_whenFetchedThroughAnotherTenant_thenNotFound() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new GetClient(ACME, INITECH)).found()).isPresent();
        assertThat(queries.handle(new GetClient(GLOBEX, INITECH)).found()).isEmpty();
    }

    @Test
    void givenClientCreated_whenProjected_thenEveryProfileFieldIsKept() {
        EventFeed.deliver(projector, history().events());

        ClientView initech = queries.handle(new GetClient(ACME, INITECH)).client();

        assertThat(initech.profile())
                .isEqualTo(new ClientProfile("Initech", "Austin", "TX", "US", "Technology", 150, "SMTP"));
        assertThat(initech.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(initech.createdAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void givenProjectedLog_whenResetAndReplayed_thenIdenticalRows() {
        var events = history()
                .append("Client", HOOLI.value(), new ClientReactivated(ACME, HOOLI, T0.plusSeconds(400)))
                .events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.reset(projector);
        assertThat(dsl.fetchCount(CLIENT)).isZero();
        EventFeed.deliver(projector, events);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void givenProjectedLog_whenEventsAreRedelivered_thenNothingChanges() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.deliver(projector, events);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(queries.handle(new GetClient(ACME, HOOLI)).client().status()).isEqualTo(ClientStatus.INACTIVE);
    }

    @Test
    void givenLaterStatusChange_whenAnOlderOneIsRedelivered_thenTheLaterStatusStays() {
        var feed = history().append("Client", HOOLI.value(), new ClientReactivated(ACME, HOOLI, T0.plusSeconds(400)));
        var events = feed.events();
        EventFeed.deliver(projector, events);

        var olderDeactivation = events.stream()
                .filter(e -> e.getPayload() instanceof ClientDeactivated)
                .toList();
        EventFeed.deliver(projector, olderDeactivation);

        assertThat(queries.handle(new GetClient(ACME, HOOLI)).client().status()).isEqualTo(ClientStatus.ACTIVE);
    }

    private List<ClientId> ids(FindClients query) {
        return queries.handle(query).clients().stream().map(ClientView::id).toList();
    }

    private List<Result<?>> snapshot() {
        return List.of(
                dsl.selectFrom(COMPANY).orderBy(COMPANY.ID).fetch(),
                dsl.selectFrom(CLIENT).orderBy(CLIENT.ID).fetch());
    }
}
