package io.scoreledger.query.audit;

import static io.scoreledger.query.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.scoreledger.query.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.audit.AuditMetadata;
import io.scoreledger.audit.queries.AuditEventView;
import io.scoreledger.audit.queries.FindAuditEvents;
import io.scoreledger.audit.queries.GetAuditChainHead;
import io.scoreledger.identity.events.ApiKeyIssued;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import io.scoreledger.tenancy.events.CompanyCreated;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import io.scoreledger.values.SubscriptionPackage;
import io.scoreledger.webhook.events.WebhookCreated;
import io.scoreledger.webhook.events.WebhookDisabled;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditProjectionTest {

    private static final TenantId ACME = new TenantId("cmp_audacme");
    private static final TenantId GLOBEX = new TenantId("cmp_audglobex");
    private static final WebhookId HOOK = new WebhookId("whk_audhook");
    private static final ApiKeyId KEY = new ApiKeyId("key_audkey");
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123Z");
    private static final Instant T1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-03T08:00:00Z");

    private final DSLContext dsl = ReadModelDatabase.dsl();
    private final AuditRepository repository = new AuditRepository(dsl);
    private final AuditProjector projector = new AuditProjector(repository, eventId -> Optional.empty());
    private final AuditQueryHandler queries = new AuditQueryHandler(repository);

    @BeforeEach
    void emptyReadModel() {
        repository.deleteAll();
    }

    /** Events as the audit-chain processor gets them: tracked, with global positions and metadata. */
    private static final class Log {
        private final List<DomainEventMessage<?>> events = new ArrayList<>();
        private final Map<String, Long> sequences = new HashMap<>();
        private long position = 40;

        Log append(String type, String aggregateId, Object payload, Instant at, Map<String, ?> metadata) {
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            var message = new GenericDomainEventMessage<>(
                    type, aggregateId, sequence, payload, metadata, "evt-" + position, at);
            events.add(new GenericTrackedDomainEventMessage<>(
                    GapAwareTrackingToken.newInstance(position, Set.of()), message));
            position += 3;
            return this;
        }
    }

    private static Map<String, String> by(String actor, String kind, String tenant) {
        var metadata = new HashMap<String, String>();
        metadata.put(AuditMetadata.ACTOR, actor);
        metadata.put(AuditMetadata.ACTOR_KIND, kind);
        metadata.put(AuditMetadata.CORRELATION_ID, "cor-" + actor);
        metadata.put(AuditMetadata.REQUEST_ID, "req-" + actor);
        if (tenant != null) {
            metadata.put(AuditMetadata.TENANT, tenant);
        }
        return metadata;
    }

    private static List<DomainEventMessage<?>> history() {
        return new Log()
                .append(
                        "Company",
                        ACME.value(),
                        new CompanyCreated(ACME, "Acme", "it@acme.example", SubscriptionPackage.PLUS, T0, T2),
                        T0,
                        Map.of())
                .append(
                        "Company",
                        GLOBEX.value(),
                        new CompanyCreated(GLOBEX, "Globex", "it@globex.example", SubscriptionPackage.PLUS, T0, T2),
                        T0,
                        by("operator", "OPERATOR", null))
                .append(
                        "Webhook",
                        HOOK.value(),
                        new WebhookCreated(
                                ACME,
                                HOOK,
                                "https://a.example/in",
                                List.of("policy.created"),
                                "Alerts",
                                "k1:sealed-bytes",
                                T1),
                        T1,
                        by("usr_alice", "USER", ACME.value()))
                .append(
                        "ApiKey",
                        KEY.value(),
                        new ApiKeyIssued(
                                ACME,
                                KEY,
                                "CI",
                                EnumSet.of(Scope.AUDIT_READ, Scope.CLIENTS_READ),
                                "lookup1",
                                "0f0f0f",
                                null,
                                "usr_alice",
                                T1,
                                Role.MSP_ADMIN,
                                Set.of()),
                        T1,
                        by("usr_alice", "USER", ACME.value()))
                .append(
                        "Webhook",
                        HOOK.value(),
                        new WebhookDisabled(ACME, HOOK, "failing", T2),
                        T2,
                        by("system", "SYSTEM", null))
                .events;
    }

    @Test
    void givenEventsOfTwoTenants_whenProjected_thenEachTenantHasItsOwnChainNewestFirst() {
        EventFeed.deliver(projector, history());

        var acme = queries.handle(new FindAuditEvents(ACME, null, null, null, null, null, null, 50));
        assertThat(acme.items()).extracting(AuditEventView::position).containsExactly(52L, 49L, 46L, 40L);
        assertThat(acme.items())
                .extracting(AuditEventView::type)
                .containsExactly("WebhookDisabled", "ApiKeyIssued", "WebhookCreated", "CompanyCreated");
        assertThat(acme.nextCursor()).isNull();

        var created = acme.items().get(2);
        assertThat(created)
                .isEqualTo(new AuditEventView(
                        "evt-46",
                        46,
                        "WebhookCreated",
                        "1",
                        T1,
                        "usr_alice",
                        "USER",
                        HOOK.value(),
                        "Webhook",
                        0L,
                        "cor-usr_alice",
                        "req-usr_alice",
                        created.payloadJson()));
        assertThat(json(created.payloadJson())).isEqualTo(json("""
                {"tenantId": "cmp_audacme", "webhookId": "whk_audhook", "url": "https://a.example/in",
                 "events": ["policy.created"], "description": "Alerts", "sealedSecret": "[sealed]",
                 "createdAt": "2026-03-02T08:00:00Z"}"""));
        assertThat(acme.items().get(1).payloadJson())
                .contains("\"secretSha256\": \"[redacted]\"")
                .doesNotContain("0f0f0f");
        var first = acme.items().get(3);
        assertThat(first.actor()).isNull();
        assertThat(first.actorKind()).isNull();
        assertThat(first.timestamp()).isEqualTo(T0);

        var globex = queries.handle(new FindAuditEvents(GLOBEX, null, null, null, null, null, null, 50));
        assertThat(globex.items()).extracting(AuditEventView::position).containsExactly(43L);
        assertThat(globex.items().getFirst().actor()).isEqualTo("operator");

        assertThat(queries.handle(new GetAuditChainHead(ACME)))
                .isEqualTo(new GetAuditChainHead.Result(52, linkAt(52), 4));
        assertThat(queries.handle(new GetAuditChainHead(new TenantId("cmp_audnobody"))))
                .isEqualTo(new GetAuditChainHead.Result(0, "", 0));
    }

    @Test
    void givenAProjectedChain_thenEachLinkIsTheHashOfThePreviousLinkAndTheDigestOfTheCanonicalForm() {
        var events = history();
        EventFeed.deliver(projector, events);

        String previous = "";
        for (var message : List.of(events.get(0), events.get(2), events.get(3), events.get(4))) {
            long position = message instanceof GenericTrackedDomainEventMessage<?> t
                    ? t.trackingToken().position().orElseThrow()
                    : -1;
            var entry = AuditCanonicalForm.entryOf(message, position).orElseThrow();
            String expected = sha256(previous + sha256(AuditCanonicalForm.canonical(entry)));
            assertThat(linkAt(position)).isEqualTo(expected);
            previous = expected;
        }
        assertThat(linkAt(43))
                .isEqualTo(sha256(sha256(AuditCanonicalForm.canonical(
                        AuditCanonicalForm.entryOf(events.get(1), 43).orElseThrow()))));
        assertThat(AuditCanonicalForm.canonical(
                        AuditCanonicalForm.entryOf(events.get(2), 46).orElseThrow()))
                .startsWith("{\"actor\":\"usr_alice\",\"actorKind\":\"USER\",\"aggregateId\":\"whk_audhook\"")
                .contains("\"sealedSecret\":\"k1:sealed-bytes\"");
    }

    @Test
    void givenTheSameEventWithItsSetInAnotherOrder_thenTheCanonicalFormIsTheSame() {
        var one = new LinkedHashSet<>(List.of(Scope.AUDIT_READ, Scope.CLIENTS_READ));
        var other = new LinkedHashSet<>(List.of(Scope.CLIENTS_READ, Scope.AUDIT_READ));
        var a = new ApiKeyIssued(ACME, KEY, "CI", one, "l", "h", null, "usr_a", T1, Role.AUDITOR, Set.of());
        var b = new ApiKeyIssued(ACME, KEY, "CI", other, "l", "h", null, "usr_a", T1, Role.AUDITOR, Set.of());

        assertThat(AuditCanonicalForm.canonical(entry(a))).isEqualTo(AuditCanonicalForm.canonical(entry(b)));
        assertThat(AuditCanonicalForm.canonical(entry(
                        new ApiKeyIssued(ACME, KEY, "CJ", one, "l", "h", null, "usr_a", T1, Role.AUDITOR, Set.of()))))
                .isNotEqualTo(AuditCanonicalForm.canonical(entry(a)));
    }

    @Test
    void givenAnEventNamingNoTenant_whenProjected_thenItIsInNoChain() {
        var anonymous = new GenericDomainEventMessage<>("Note", "note-1", 0, "no tenant here", Map.of(), "evt-99", T1);

        EventFeed.deliver(
                projector,
                List.of(new GenericTrackedDomainEventMessage<>(
                        GapAwareTrackingToken.newInstance(99, Set.of()), anonymous)));

        assertThat(dsl.fetchCount(AUDIT_EVENT)).isZero();
        assertThat(dsl.fetchCount(AUDIT_CHAIN_HEAD)).isZero();
    }

    @Test
    void givenFilters_whenFound_thenOnlyMatchingEventsAndACursorToTheNextPage() {
        EventFeed.deliver(projector, history());

        var page1 = queries.handle(new FindAuditEvents(ACME, null, null, null, null, null, null, 2));
        assertThat(page1.items()).extracting(AuditEventView::position).containsExactly(52L, 49L);
        assertThat(page1.nextCursor()).isEqualTo(49L);
        var page2 = queries.handle(new FindAuditEvents(ACME, null, null, null, null, null, 49L, 2));
        assertThat(page2.items()).extracting(AuditEventView::position).containsExactly(46L, 40L);
        assertThat(page2.nextCursor()).isNull();

        assertThat(queries.handle(new FindAuditEvents(ACME, T1, T2, null, null, null, null, 50))
                        .items())
                .extracting(AuditEventView::position)
                .containsExactly(49L, 46L);
        assertThat(queries.handle(new FindAuditEvents(ACME, null, null, "WebhookCreated", null, null, null, 50))
                        .items())
                .extracting(AuditEventView::position)
                .containsExactly(46L);
        assertThat(queries.handle(new FindAuditEvents(ACME, null, null, null, "system", null, null, 50))
                        .items())
                .extracting(AuditEventView::position)
                .containsExactly(52L);
        assertThat(queries.handle(new FindAuditEvents(ACME, null, null, null, null, HOOK.value(), null, 50))
                        .items())
                .extracting(AuditEventView::position)
                .containsExactly(52L, 46L);
        assertThat(queries.handle(new FindAuditEvents(GLOBEX, null, null, null, null, HOOK.value(), null, 50))
                        .items())
                .isEmpty();
    }

    @Test
    void givenAProjectedChain_whenRedeliveredOrResetAndReplayed_thenTheSameRowsAndLinks() {
        EventFeed.deliver(projector, history());
        var rows = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.POSITION).fetch();
        var heads = dsl.selectFrom(AUDIT_CHAIN_HEAD)
                .orderBy(AUDIT_CHAIN_HEAD.TENANT_ID)
                .fetch();
        assertThat(rows).hasSize(5);

        EventFeed.deliver(projector, history());
        assertThat(dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.POSITION).fetch())
                .isEqualTo(rows);
        assertThat(dsl.selectFrom(AUDIT_CHAIN_HEAD)
                        .orderBy(AUDIT_CHAIN_HEAD.TENANT_ID)
                        .fetch())
                .isEqualTo(heads);

        EventFeed.reset(projector);
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isZero();
        assertThat(dsl.fetchCount(AUDIT_CHAIN_HEAD)).isZero();
        EventFeed.deliver(projector, history());
        assertThat(dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.POSITION).fetch())
                .isEqualTo(rows);
        assertThat(dsl.selectFrom(AUDIT_CHAIN_HEAD)
                        .orderBy(AUDIT_CHAIN_HEAD.TENANT_ID)
                        .fetch())
                .isEqualTo(heads);
    }

    @Test
    void givenAnEventWhoseTransactionCommittedLate_whenProcessedAfterLaterOnes_thenTheChainIsAsInPositionOrder() {
        var events = history();
        EventFeed.deliver(projector, events);
        var inOrder = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.POSITION).fetch();
        var headsInOrder = dsl.selectFrom(AUDIT_CHAIN_HEAD)
                .orderBy(AUDIT_CHAIN_HEAD.TENANT_ID)
                .fetch();
        EventFeed.reset(projector);

        EventFeed.deliver(projector, List.of(events.get(0), events.get(1), events.get(3), events.get(4)));
        EventFeed.deliver(projector, List.of(events.get(2)));

        assertThat(dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.POSITION).fetch())
                .isEqualTo(inOrder);
        assertThat(dsl.selectFrom(AUDIT_CHAIN_HEAD)
                        .orderBy(AUDIT_CHAIN_HEAD.TENANT_ID)
                        .fetch())
                .isEqualTo(headsInOrder);
    }

    @Test
    void givenEventsInBatches_withALateOneAndRedeliveries_thenTheSameRowsAndHeadsAsOneAtATime() {
        var events = history();
        EventFeed.deliver(projector, events);
        var oneAtATime =
                dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.POSITION).fetch();
        var headsOneAtATime = dsl.selectFrom(AUDIT_CHAIN_HEAD)
                .orderBy(AUDIT_CHAIN_HEAD.TENANT_ID)
                .fetch();

        for (int batchSize : List.of(1, 2, events.size())) {
            EventFeed.reset(projector);
            EventFeed.deliverInBatches(projector, List.of(events.get(0), events.get(1), events.get(3)), batchSize);
            EventFeed.deliverInBatches(projector, List.of(events.get(2), events.get(4), events.get(1)), batchSize);

            assertThat(dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.POSITION).fetch())
                    .as("batches of " + batchSize)
                    .isEqualTo(oneAtATime);
            assertThat(dsl.selectFrom(AUDIT_CHAIN_HEAD)
                            .orderBy(AUDIT_CHAIN_HEAD.TENANT_ID)
                            .fetch())
                    .as("batches of " + batchSize)
                    .isEqualTo(headsOneAtATime);
        }
    }

    @Test
    void givenAGapFillingEventWhoseTokenNamesAHigherPosition_whenProjected_thenItIsRecordedAtItsStoredPosition() {
        var events = history();
        var late = (GenericTrackedDomainEventMessage<?>) events.get(2);
        var asDelivered = new GenericTrackedDomainEventMessage<>(
                GapAwareTrackingToken.newInstance(52, Set.of()), (DomainEventMessage<?>) late);
        var lookup = new AuditProjector(
                repository, eventId -> eventId.equals(late.getIdentifier()) ? Optional.of(46L) : Optional.empty());

        EventFeed.deliver(lookup, List.of(events.get(0), events.get(1), events.get(3), events.get(4)));
        EventFeed.deliver(lookup, List.of(asDelivered));

        assertThat(dsl.select(AUDIT_EVENT.EVENT_ID)
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.POSITION.eq(46L))
                        .fetchOne()
                        .value1())
                .isEqualTo(late.getIdentifier());
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(5);
    }

    private static AuditCanonicalForm.Entry entry(Object payload) {
        var message = new GenericDomainEventMessage<>("ApiKey", KEY.value(), 0, payload, Map.of(), "evt-x", T1);
        return AuditCanonicalForm.entryOf(message, 7).orElseThrow();
    }

    private String linkAt(long position) {
        return dsl.select(AUDIT_EVENT.LINK)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.POSITION.eq(position))
                .fetchOne()
                .value1();
    }

    private static Object json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
