package io.scoreledger.query.webhook;

import static io.scoreledger.query.jooq.Tables.WEBHOOK;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import io.scoreledger.webhook.events.WebhookCreated;
import io.scoreledger.webhook.events.WebhookDeleted;
import io.scoreledger.webhook.events.WebhookDisabled;
import io.scoreledger.webhook.queries.FindWebhooks;
import io.scoreledger.webhook.queries.GetWebhook;
import io.scoreledger.webhook.queries.WebhookView;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookProjectionTest {

    private static final TenantId ACME = new TenantId("cmp_whkacme");
    private static final TenantId GLOBEX = new TenantId("cmp_whkglobex");
    private static final WebhookId ALERTS = new WebhookId("whk_alerts");
    private static final WebhookId AUDIT = new WebhookId("whk_audit");
    private static final WebhookId GONE = new WebhookId("whk_gone");
    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-02T08:00:00Z");

    private final DSLContext dsl = ReadModelDatabase.dsl();
    private final WebhookRepository repository = new WebhookRepository(dsl);
    private final WebhookProjector projector = new WebhookProjector(repository);
    private final WebhookQueryHandler queries = new WebhookQueryHandler(repository);

    @BeforeEach
    void emptyReadModel() {
        repository.deleteAll();
    }

    private static EventFeed history() {
        return new EventFeed()
                .append(
                        "Webhook",
                        ALERTS.value(),
                        new WebhookCreated(
                                ACME,
                                ALERTS,
                                "https://a.example/in",
                                List.of("policy.published"),
                                "Alerts",
                                "k1:x",
                                T0))
                .append(
                        "Webhook",
                        AUDIT.value(),
                        new WebhookCreated(
                                ACME,
                                AUDIT,
                                "https://b.example/in",
                                List.of("policy.created", "assessment.failed"),
                                null,
                                "k1:y",
                                T1))
                .append(
                        "Webhook",
                        GONE.value(),
                        new WebhookCreated(
                                ACME, GONE, "https://c.example/in", List.of("policy.created"), null, "k1:z", T1))
                .append("Webhook", AUDIT.value(), new WebhookDisabled(ACME, AUDIT, "5 deliveries failed", T1))
                .append("Webhook", GONE.value(), new WebhookDeleted(ACME, GONE, T1));
    }

    @Test
    void givenWebhookEvents_whenProjected_thenActiveDisabledAndNoDeletedRows() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new FindWebhooks(ACME)).webhooks())
                .containsExactly(
                        new WebhookView(
                                ALERTS,
                                ACME,
                                "https://a.example/in",
                                List.of("policy.published"),
                                "Alerts",
                                "active",
                                null,
                                T0,
                                null),
                        new WebhookView(
                                AUDIT,
                                ACME,
                                "https://b.example/in",
                                List.of("policy.created", "assessment.failed"),
                                null,
                                "disabled",
                                "5 deliveries failed",
                                T1,
                                T1));
        assertThat(queries.handle(new GetWebhook(ACME, GONE)).found()).isEmpty();
        assertThat(queries.handle(new GetWebhook(GLOBEX, ALERTS)).found()).isEmpty();
        assertThat(queries.handle(new FindWebhooks(GLOBEX)).webhooks()).isEmpty();
    }

    @Test
    void givenAProjectedHistory_whenRedeliveredOrResetAndReplayed_thenTheSameRows() {
        EventFeed.deliver(projector, history().events());
        var once = dsl.selectFrom(WEBHOOK).orderBy(WEBHOOK.ID).fetch();

        EventFeed.deliver(projector, history().events());
        assertThat(dsl.selectFrom(WEBHOOK).orderBy(WEBHOOK.ID).fetch()).isEqualTo(once);

        EventFeed.reset(projector);
        assertThat(dsl.fetchCount(WEBHOOK)).isZero();
        EventFeed.deliver(projector, history().events());
        assertThat(dsl.selectFrom(WEBHOOK).orderBy(WEBHOOK.ID).fetch()).isEqualTo(once);
    }
}
