package io.scoreledger.query.webhook;

import static io.scoreledger.query.jooq.Tables.WEBHOOK;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.query.jooq.tables.records.WebhookRecord;
import io.scoreledger.webhook.events.WebhookCreated;
import io.scoreledger.webhook.events.WebhookDisabled;
import io.scoreledger.webhook.queries.WebhookView;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Subscriptions, written idempotently by aggregate sequence. */
public class WebhookRepository {

    static final String ACTIVE = "active";
    static final String DISABLED = "disabled";

    private final DSLContext dsl;

    public WebhookRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(WebhookCreated event, long sequence) {
        dsl.insertInto(WEBHOOK)
                .set(WEBHOOK.ID, event.webhookId().value())
                .set(WEBHOOK.COMPANY_ID, event.tenantId().value())
                .set(WEBHOOK.URL, event.url())
                .set(WEBHOOK.EVENTS, event.events().toArray(String[]::new))
                .set(WEBHOOK.DESCRIPTION, event.description())
                .set(WEBHOOK.STATUS, ACTIVE)
                .set(WEBHOOK.CREATED_AT, event.createdAt())
                .set(WEBHOOK.LAST_SEQUENCE, sequence)
                .onConflict(WEBHOOK.ID)
                .doNothing()
                .execute();
    }

    void disable(WebhookDisabled event, long sequence) {
        dsl.update(WEBHOOK)
                .set(WEBHOOK.STATUS, DISABLED)
                .set(WEBHOOK.DISABLED_REASON, event.reason())
                .set(WEBHOOK.DISABLED_AT, event.disabledAt())
                .set(WEBHOOK.LAST_SEQUENCE, sequence)
                .where(WEBHOOK.ID.eq(event.webhookId().value()))
                .and(WEBHOOK.LAST_SEQUENCE.lt(sequence))
                .execute();
    }

    void delete(WebhookId webhookId) {
        dsl.deleteFrom(WEBHOOK).where(WEBHOOK.ID.eq(webhookId.value())).execute();
    }

    public void deleteAll() {
        dsl.deleteFrom(WEBHOOK).execute();
    }

    List<WebhookView> find(TenantId tenantId) {
        return dsl.selectFrom(WEBHOOK)
                .where(WEBHOOK.COMPANY_ID.eq(tenantId.value()))
                .orderBy(WEBHOOK.CREATED_AT, WEBHOOK.ID)
                .fetch(WebhookRepository::toView);
    }

    Optional<WebhookView> get(TenantId tenantId, WebhookId webhookId) {
        return dsl.selectFrom(WEBHOOK)
                .where(WEBHOOK.ID.eq(webhookId.value()))
                .and(WEBHOOK.COMPANY_ID.eq(tenantId.value()))
                .fetchOptional(WebhookRepository::toView);
    }

    private static WebhookView toView(WebhookRecord row) {
        return new WebhookView(
                new WebhookId(row.getId()),
                new TenantId(row.getCompanyId()),
                row.getUrl(),
                List.of(row.getEvents()),
                row.getDescription(),
                row.getStatus(),
                row.getDisabledReason(),
                row.getCreatedAt(),
                row.getDisabledAt());
    }
}
