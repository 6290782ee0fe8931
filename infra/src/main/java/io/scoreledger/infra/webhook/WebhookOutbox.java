package io.scoreledger.infra.webhook;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.webhook.events.WebhookCreated;
import io.scoreledger.webhook.queries.WebhookDeliveryView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The durable outbox of deliveries and infra's copy of the subscriptions they go to. */
class WebhookOutbox {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    record Target(WebhookId id, TenantId tenantId, String url, String sealedSecret, boolean active) {}

    record Due(String id, WebhookId webhookId, String payload, int attempts) {}

    /** One try: when it started, how long it took, and what the receiver answered (or why there was no answer). */
    record Attempt(Instant startedAt, Duration took, Integer statusCode, String error) {}

    private final JdbcTemplate jdbc;

    WebhookOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addTarget(WebhookCreated event) {
        jdbc.update(
                "insert into webhook_target (id, company_id, url, events, sealed_secret, active, created_at)"
                        + " values (?, ?, ?, ?, ?, true, ?) on conflict (id) do nothing",
                ps -> {
                    ps.setString(1, event.webhookId().value());
                    ps.setString(2, event.tenantId().value());
                    ps.setString(3, event.url());
                    ps.setArray(
                            4,
                            ps.getConnection()
                                    .createArrayOf("text", event.events().toArray()));
                    ps.setString(5, event.sealedSecret());
                    ps.setTimestamp(6, Timestamp.from(event.createdAt()));
                });
    }

    void deactivateTarget(WebhookId webhookId) {
        jdbc.update("update webhook_target set active = false where id = ?", webhookId.value());
        jdbc.update(
                "update webhook_delivery set status = ?, next_attempt_at = null, last_error = ?"
                        + " where webhook_id = ? and status = ?",
                FAILED,
                "The webhook was disabled or deleted.",
                webhookId.value(),
                PENDING);
    }

    Optional<Target> target(WebhookId webhookId) {
        return jdbc
                .query(
                        "select id, company_id, url, sealed_secret, active from webhook_target where id = ?",
                        (rs, i) -> new Target(
                                new WebhookId(rs.getString(1)),
                                new TenantId(rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBoolean(5)),
                        webhookId.value())
                .stream()
                .findFirst();
    }

    /** One pending delivery per active subscription of the tenant to this event; an event enqueued twice is not. */
    int enqueue(TenantId tenantId, String eventType, String eventId, String payload, Instant now) {
        return jdbc.update(
                "insert into webhook_delivery (id, webhook_id, company_id, event_id, event_type, payload, status,"
                        + " next_attempt_at, created_at)"
                        + " select 'whd_' || replace(gen_random_uuid()::text, '-', ''), id, company_id, ?, ?, ?, ?, ?, ?"
                        + " from webhook_target where company_id = ? and active and ? = any(events)"
                        + " on conflict (webhook_id, event_id) do nothing",
                eventId,
                eventType,
                payload,
                PENDING,
                Timestamp.from(now),
                Timestamp.from(now),
                tenantId.value(),
                eventType);
    }

    /**
     * Claims due deliveries by pushing their next attempt a lease ahead, so concurrent pollers (or another node) skip
     * them; a node that dies mid-delivery leaves the row to be retried once the lease runs out.
     */
    List<Due> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.query(
                "update webhook_delivery set next_attempt_at = ? where id in (select id from webhook_delivery"
                        + " where status = ? and next_attempt_at <= ? order by next_attempt_at limit ?"
                        + " for update skip locked) returning id, webhook_id, payload, attempts",
                (rs, i) -> new Due(rs.getString(1), new WebhookId(rs.getString(2)), rs.getString(3), rs.getInt(4)),
                Timestamp.from(now.plus(lease)),
                PENDING,
                Timestamp.from(now),
                limit);
    }

    void delivered(Due due, Attempt attempt, Instant now) {
        record(due, attempt);
        jdbc.update(
                "update webhook_delivery set status = ?, attempts = attempts + 1, last_attempt_at = ?,"
                        + " response_code = ?, last_error = null, next_attempt_at = null where id = ?",
                DELIVERED,
                Timestamp.from(now),
                attempt.statusCode(),
                due.id());
        jdbc.update(
                "update webhook_target set consecutive_failures = 0 where id = ?",
                due.webhookId().value());
    }

    void retryLater(Due due, Attempt attempt, Instant now, Instant next) {
        record(due, attempt);
        jdbc.update(
                "update webhook_delivery set attempts = attempts + 1, last_attempt_at = ?, response_code = ?,"
                        + " last_error = ?, next_attempt_at = ? where id = ?",
                Timestamp.from(now),
                attempt.statusCode(),
                attempt.error(),
                Timestamp.from(next),
                due.id());
    }

    /** The delivery gave up; answers how many deliveries of its webhook have now failed in a row. */
    int failed(Due due, Attempt attempt, Instant now) {
        record(due, attempt);
        jdbc.update(
                "update webhook_delivery set status = ?, attempts = attempts + 1, last_attempt_at = ?,"
                        + " response_code = ?, last_error = ?, next_attempt_at = null where id = ?",
                FAILED,
                Timestamp.from(now),
                attempt.statusCode(),
                attempt.error(),
                due.id());
        return jdbc.queryForObject(
                "update webhook_target set consecutive_failures = consecutive_failures + 1 where id = ?"
                        + " returning consecutive_failures",
                Integer.class,
                due.webhookId().value());
    }

    /**
     * Numbered from the count the claim saw; a second sender of the same claim (after its lease ran out) does not
     * overwrite the first's attempt.
     */
    private void record(Due due, Attempt attempt) {
        jdbc.update(
                "insert into webhook_delivery_attempt (delivery_id, attempt, attempted_at, response_code, error,"
                        + " duration_ms) values (?, ?, ?, ?, ?, ?) on conflict (delivery_id, attempt) do nothing",
                due.id(),
                due.attempts() + 1,
                Timestamp.from(attempt.startedAt()),
                attempt.statusCode(),
                attempt.error(),
                attempt.took().toMillis());
    }

    List<WebhookDeliveryView> deliveries(WebhookId webhookId, int limit) {
        var log = new HashMap<String, List<WebhookDeliveryView.Attempt>>();
        jdbc.query(
                "select a.delivery_id, a.attempt, a.attempted_at, a.response_code, a.error, a.duration_ms"
                        + " from webhook_delivery_attempt a join (select id from webhook_delivery where webhook_id = ?"
                        + " order by created_at desc, id desc limit ?) d on d.id = a.delivery_id"
                        + " order by a.delivery_id, a.attempt",
                rs -> {
                    log.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new WebhookDeliveryView.Attempt(
                                    rs.getInt(2), instant(rs, 3), (Integer) rs.getObject(4), rs.getString(5), (Long)
                                            rs.getObject(6)));
                },
                webhookId.value(),
                limit);
        return jdbc.query(
                "select id, event_type, status, response_code, attempts, next_attempt_at, last_attempt_at,"
                        + " last_error, created_at from webhook_delivery where webhook_id = ?"
                        + " order by created_at desc, id desc limit ?",
                (rs, i) -> new WebhookDeliveryView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        (Integer) rs.getObject(4),
                        rs.getInt(5),
                        PENDING.equals(rs.getString(3)) ? instant(rs, 6) : null,
                        instant(rs, 7),
                        rs.getString(8),
                        instant(rs, 9),
                        List.copyOf(log.getOrDefault(rs.getString(1), List.of()))),
                webhookId.value(),
                limit);
    }

    int countDeliveries(WebhookId webhookId) {
        return jdbc.queryForObject(
                "select count(*) from webhook_delivery where webhook_id = ?", Integer.class, webhookId.value());
    }

    static String newEventId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
