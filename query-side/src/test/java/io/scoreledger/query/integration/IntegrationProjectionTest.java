package io.scoreledger.query.integration;

import static io.scoreledger.query.jooq.Tables.INTEGRATION_CREDENTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.integration.IntegrationCredentialStatus;
import io.scoreledger.integration.IntegrationType;
import io.scoreledger.integration.events.IntegrationCredentialAdded;
import io.scoreledger.integration.events.IntegrationCredentialRevoked;
import io.scoreledger.integration.queries.FindIntegrationCredentials;
import io.scoreledger.integration.queries.GetIntegrationCredential;
import io.scoreledger.integration.queries.IntegrationCredentialView;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationProjectionTest {

    private static final TenantId ACME = new TenantId("cmp_integacme");
    private static final TenantId GLOBEX = new TenantId("cmp_integglobex");
    private static final ClientId INITECH = new ClientId("cli_intinitech");
    private static final ClientId HOOLI = new ClientId("cli_inthooli");
    private static final IntegrationCredentialId CW = new IntegrationCredentialId("icr_connectwise");
    private static final IntegrationCredentialId HUNTRESS = new IntegrationCredentialId("icr_huntress");
    private static final IntegrationCredentialId OTHER_CLIENT = new IntegrationCredentialId("icr_otherclient");
    private static final IntegrationCredentialId FOREIGN = new IntegrationCredentialId("icr_foreign");
    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");

    private final DSLContext dsl = ReadModelDatabase.dsl();
    private final IntegrationCredentialRepository repository = new IntegrationCredentialRepository(dsl);
    private final IntegrationProjector projector = new IntegrationProjector(repository);
    private final IntegrationQueryHandler queries = new IntegrationQueryHandler(repository);

    @BeforeEach
    void emptyReadModel() {
        repository.deleteAll();
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static IntegrationCredentialAdded added(
            TenantId tenant,
            IntegrationCredentialId id,
            ClientId client,
            IntegrationType type,
            String name,
            int minute) {
        return new IntegrationCredentialAdded(
                tenant,
                id,
                client,
                type,
                name,
                "k1:sealed-key-" + id.value(),
                "k1:sealed-secret-" + id.value(),
                "https://" + type.wireName() + ".example.com",
                "client-" + minute,
                at(minute));
    }

    private static EventFeed history() {
        return new EventFeed()
                .append(
                        "IntegrationCredential",
                        CW.value(),
                        added(ACME, CW, INITECH, IntegrationType.CONNECTWISE, "ConnectWise", 0))
                .append(
                        "IntegrationCredential",
                        HUNTRESS.value(),
                        added(ACME, HUNTRESS, INITECH, IntegrationType.HUNTRESS, "Huntress", 1))
                .append(
                        "IntegrationCredential",
                        OTHER_CLIENT.value(),
                        added(ACME, OTHER_CLIENT, HOOLI, IntegrationType.DATTO, "Datto", 2))
                .append(
                        "IntegrationCredential",
                        FOREIGN.value(),
                        added(GLOBEX, FOREIGN, INITECH, IntegrationType.OTHER, "Foreign", 3))
                .append(
                        "IntegrationCredential",
                        HUNTRESS.value(),
                        new IntegrationCredentialRevoked(ACME, HUNTRESS, INITECH, at(4)));
    }

    @Test
    void givenAddedAndRevoked_whenProjected_thenRowsShowLatestStateWithoutSecrets() {
        EventFeed.deliver(projector, history().events());

        var listed =
                queries.handle(new FindIntegrationCredentials(ACME, INITECH)).credentials();
        assertThat(listed)
                .containsExactly(
                        new IntegrationCredentialView(
                                CW,
                                ACME,
                                INITECH,
                                IntegrationType.CONNECTWISE,
                                "ConnectWise",
                                IntegrationCredentialStatus.ACTIVE,
                                "https://connectwise.example.com",
                                "client-0",
                                null,
                                at(0)),
                        new IntegrationCredentialView(
                                HUNTRESS,
                                ACME,
                                INITECH,
                                IntegrationType.HUNTRESS,
                                "Huntress",
                                IntegrationCredentialStatus.REVOKED,
                                "https://huntress.example.com",
                                "client-1",
                                null,
                                at(1)));
        assertThat(dsl.fetchOne(INTEGRATION_CREDENTIAL, INTEGRATION_CREDENTIAL.ID.eq(HUNTRESS.value()))
                        .getRevokedAt())
                .isEqualTo(at(4));
        for (var row : dsl.fetch(INTEGRATION_CREDENTIAL)) {
            for (var value : row.intoArray()) {
                assertThat(String.valueOf(value)).doesNotContain("sealed");
            }
        }
    }

    @Test
    void givenCredentials_whenReadThroughAnotherTenantOrClient_thenNotSeen() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new GetIntegrationCredential(GLOBEX, CW)).found())
                .isEmpty();
        assertThat(queries.handle(new GetIntegrationCredential(ACME, FOREIGN)).found())
                .isEmpty();
        assertThat(queries.handle(new GetIntegrationCredential(ACME, CW)).found())
                .isPresent();
        assertThat(queries.handle(new FindIntegrationCredentials(ACME, HOOLI)).credentials())
                .extracting(IntegrationCredentialView::id)
                .containsExactly(OTHER_CLIENT);
        assertThat(queries.handle(new FindIntegrationCredentials(GLOBEX, INITECH))
                        .credentials())
                .extracting(IntegrationCredentialView::id)
                .containsExactly(FOREIGN);
    }

    @Test
    void givenProjectedLog_whenResetAndReplayed_thenIdenticalRows() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.reset(projector);
        assertThat(dsl.fetchCount(INTEGRATION_CREDENTIAL)).isZero();
        EventFeed.deliver(projector, events);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void givenProjectedLog_whenEventsAreRedelivered_thenNothingChanges() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.deliver(projector, events);
        EventFeed.deliver(
                projector,
                events.stream()
                        .filter(e -> e.getPayload() instanceof IntegrationCredentialAdded)
                        .toList());

        assertThat(snapshot()).isEqualTo(before);
        assertThat(queries.handle(new GetIntegrationCredential(ACME, HUNTRESS))
                        .credential()
                        .status())
                .isEqualTo(IntegrationCredentialStatus.REVOKED);
    }

    private List<Result<?>> snapshot() {
        return List.of(dsl.selectFrom(INTEGRATION_CREDENTIAL)
                .orderBy(INTEGRATION_CREDENTIAL.ID)
                .fetch());
    }
}
