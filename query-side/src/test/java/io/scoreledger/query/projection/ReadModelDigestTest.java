package io.scoreledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.projection.queries.GetReadModelDigests;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import io.scoreledger.query.webhook.WebhookProjector;
import io.scoreledger.query.webhook.WebhookRepository;
import io.scoreledger.webhook.events.WebhookCreated;
import io.scoreledger.webhook.events.WebhookDisabled;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadModelDigestTest {

    private static final TenantId ACME = new TenantId("cmp_digestacme");
    private static final WebhookId ALERTS = new WebhookId("whk_digestalerts");
    private static final WebhookId AUDIT = new WebhookId("whk_digestaudit");
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private final DSLContext dsl = ReadModelDatabase.dsl();
    private final WebhookRepository webhooks = new WebhookRepository(dsl);
    private final WebhookProjector projector = new WebhookProjector(webhooks);
    private final ReadModelDigestQueryHandler digests =
            new ReadModelDigestQueryHandler(new ReadModelDigestRepository(dsl));

    @BeforeEach
    void emptyWebhooks() {
        webhooks.deleteAll();
    }

    private static WebhookCreated created(WebhookId id, String url) {
        return new WebhookCreated(ACME, id, url, List.of("policy.created"), null, "k1:x", T0);
    }

    @Test
    void givenTheReadModel_whenDigested_thenEveryTableOfTheSchemaHasASha256() {
        var result = digests.handle(new GetReadModelDigests()).digests();

        assertThat(result.keySet())
                .contains(
                        "company",
                        "client",
                        "app_user",
                        "employee",
                        "signal",
                        "policy",
                        "assessment",
                        "webhook",
                        "integration_credential",
                        "organization_score");
        assertThat(result.values()).allSatisfy(digest -> assertThat(digest).matches("[0-9a-f]{64}"));
    }

    @Test
    void givenTheSameRowsWrittenInAnotherOrder_whenDigested_thenTheSameDigests() {
        EventFeed.deliver(
                projector,
                new EventFeed()
                        .append("Webhook", ALERTS.value(), created(ALERTS, "https://a.example/in"))
                        .append("Webhook", AUDIT.value(), created(AUDIT, "https://b.example/in"))
                        .events());
        var first = digests.handle(new GetReadModelDigests()).digests();

        webhooks.deleteAll();
        EventFeed.deliver(
                projector,
                new EventFeed()
                        .append("Webhook", AUDIT.value(), created(AUDIT, "https://b.example/in"))
                        .append("Webhook", ALERTS.value(), created(ALERTS, "https://a.example/in"))
                        .events());

        assertThat(digests.handle(new GetReadModelDigests()).digests()).isEqualTo(first);
    }

    @Test
    void givenOneChangedRow_whenDigested_thenOnlyItsTablesDigestDiffers() {
        EventFeed.deliver(
                projector,
                new EventFeed()
                        .append("Webhook", ALERTS.value(), created(ALERTS, "https://a.example/in"))
                        .events());
        var before = digests.handle(new GetReadModelDigests()).digests();

        EventFeed.deliver(
                projector,
                new EventFeed()
                        .append("Webhook", ALERTS.value(), created(ALERTS, "https://a.example/in"))
                        .append("Webhook", ALERTS.value(), new WebhookDisabled(ACME, ALERTS, "failing", T0))
                        .events());
        var after = digests.handle(new GetReadModelDigests()).digests();

        assertThat(after.get("webhook")).isNotEqualTo(before.get("webhook"));
        before.remove("webhook");
        after.remove("webhook");
        assertThat(after).isEqualTo(before);
    }
}
