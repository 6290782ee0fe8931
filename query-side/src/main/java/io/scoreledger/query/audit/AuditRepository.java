package io.scoreledger.query.audit;

import static io.scoreledger.query.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.scoreledger.query.jooq.Tables.AUDIT_EVENT;

import io.scoreledger.audit.queries.AuditEventView;
import io.scoreledger.audit.queries.FindAuditEvents;
import io.scoreledger.audit.queries.GetAuditChainHead;
import io.scoreledger.ids.TenantId;
import io.scoreledger.query.jooq.tables.records.AuditEventRecord;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/** The audit log and each tenant's chain head; rows are keyed by global position and event id. */
public class AuditRepository {

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    AuditBatchRepository batch() {
        return new AuditBatchRepository(dsl, this);
    }

    /** The head row is locked for the rest of the transaction: only one writer extends a tenant's chain. */
    GetAuditChainHead.Result lockHead(String tenantId) {
        return dsl.selectFrom(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.TENANT_ID.eq(tenantId))
                .forUpdate()
                .fetchOptional(
                        row -> new GetAuditChainHead.Result(row.getPosition(), row.getLink(), row.getChainIndex()))
                .orElse(new GetAuditChainHead.Result(0, AuditCanonicalForm.GENESIS, 0));
    }

    /**
     * Links the event into its tenant's chain at its global position, unless it is already in the log (a redelivery),
     * in which case nothing changes. The head must be locked (lockHead). An event positioned before the head, one whose
     * transaction committed late, is put in its place and every later link of the tenant is recomputed from the
     * stored digests, so the chain is the same whatever order the events were processed in.
     */
    void link(AuditCanonicalForm.Entry entry, GetAuditChainHead.Result head) {
        var digest = AuditCanonicalForm.digest(entry);
        if (entry.position() > head.position()) {
            append(entry, digest, head.eventCount() + 1, AuditCanonicalForm.link(head.chainHash(), digest));
            return;
        }
        if (!append(entry, digest, head.eventCount() + 1, "")) {
            return;
        }
        relinkFrom(entry.tenantId(), entry.position());
    }

    private void relinkFrom(String tenantId, long position) {
        var before = dsl.select(AUDIT_EVENT.CHAIN_INDEX, AUDIT_EVENT.LINK)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenantId))
                .and(AUDIT_EVENT.POSITION.lt(position))
                .orderBy(AUDIT_EVENT.POSITION.desc())
                .limit(1)
                .fetchOptional();
        long chainIndex = before.map(row -> row.value1()).orElse(0L);
        String link = before.map(row -> row.value2()).orElse(AuditCanonicalForm.GENESIS);
        long lastPosition = position;
        // Out of the way first, so that renumbering never meets an index still held by a row not yet renumbered.
        dsl.update(AUDIT_EVENT)
                .set(AUDIT_EVENT.CHAIN_INDEX, AUDIT_EVENT.CHAIN_INDEX.neg())
                .where(AUDIT_EVENT.TENANT_ID.eq(tenantId))
                .and(AUDIT_EVENT.POSITION.ge(position))
                .execute();
        for (var row : dsl.select(AUDIT_EVENT.POSITION, AUDIT_EVENT.DIGEST)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenantId))
                .and(AUDIT_EVENT.POSITION.ge(position))
                .orderBy(AUDIT_EVENT.POSITION)
                .fetch()) {
            chainIndex++;
            link = AuditCanonicalForm.link(link, row.value2());
            lastPosition = row.value1();
            dsl.update(AUDIT_EVENT)
                    .set(AUDIT_EVENT.CHAIN_INDEX, chainIndex)
                    .set(AUDIT_EVENT.LINK, link)
                    .where(AUDIT_EVENT.POSITION.eq(row.value1()))
                    .execute();
        }
        dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.POSITION, lastPosition)
                .set(AUDIT_CHAIN_HEAD.CHAIN_INDEX, chainIndex)
                .set(AUDIT_CHAIN_HEAD.LINK, link)
                .where(AUDIT_CHAIN_HEAD.TENANT_ID.eq(tenantId))
                .execute();
    }

    private boolean append(AuditCanonicalForm.Entry entry, String digest, long chainIndex, String link) {
        int inserted = dsl.insertInto(AUDIT_EVENT)
                .set(row(entry, digest, chainIndex, link))
                .onConflict(AUDIT_EVENT.POSITION)
                .doNothing()
                .execute();
        if (inserted == 0) {
            return false;
        }
        dsl.insertInto(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.TENANT_ID, entry.tenantId())
                .set(AUDIT_CHAIN_HEAD.POSITION, entry.position())
                .set(AUDIT_CHAIN_HEAD.CHAIN_INDEX, chainIndex)
                .set(AUDIT_CHAIN_HEAD.LINK, link)
                .onConflict(AUDIT_CHAIN_HEAD.TENANT_ID)
                .doUpdate()
                .set(AUDIT_CHAIN_HEAD.POSITION, entry.position())
                .set(AUDIT_CHAIN_HEAD.CHAIN_INDEX, chainIndex)
                .set(AUDIT_CHAIN_HEAD.LINK, link)
                .execute();
        return true;
    }

    static AuditEventRecord row(AuditCanonicalForm.Entry entry, String digest, long chainIndex, String link) {
        var row = new AuditEventRecord();
        row.setPosition(entry.position());
        row.setEventId(entry.eventId());
        row.setTenantId(entry.tenantId());
        row.setChainIndex(chainIndex);
        row.setType(entry.type());
        row.setRevision(entry.revision());
        row.setOccurredAt(entry.timestamp());
        row.setActor(entry.actor());
        row.setActorKind(entry.actorKind());
        row.setAggregateId(entry.aggregateId());
        row.setAggregateType(entry.aggregateType());
        row.setSequence(entry.sequence());
        row.setCorrelationId(entry.correlationId());
        row.setRequestId(entry.requestId());
        row.setPayload(JSONB.valueOf(AuditCanonicalForm.redactedPayloadJson(entry.payload())));
        row.setDigest(digest);
        row.setLink(link);
        return row;
    }

    public void deleteAll() {
        dsl.deleteFrom(AUDIT_EVENT).execute();
        dsl.deleteFrom(AUDIT_CHAIN_HEAD).execute();
    }

    public GetAuditChainHead.Result head(TenantId tenantId) {
        return dsl.selectFrom(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.TENANT_ID.eq(tenantId.value()))
                .fetchOptional(
                        row -> new GetAuditChainHead.Result(row.getPosition(), row.getLink(), row.getChainIndex()))
                .orElse(new GetAuditChainHead.Result(0, AuditCanonicalForm.GENESIS, 0));
    }

    /** The tenant's recorded links in chain order, from the one after afterChainIndex. */
    public List<AuditChainLink> links(TenantId tenantId, long afterChainIndex, int limit) {
        return dsl.select(AUDIT_EVENT.CHAIN_INDEX, AUDIT_EVENT.POSITION, AUDIT_EVENT.EVENT_ID, AUDIT_EVENT.LINK)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenantId.value()))
                .and(AUDIT_EVENT.CHAIN_INDEX.gt(afterChainIndex))
                .orderBy(AUDIT_EVENT.CHAIN_INDEX)
                .limit(limit)
                .fetch(row -> new AuditChainLink(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    FindAuditEvents.Result find(FindAuditEvents query) {
        var conditions = new ArrayList<Condition>();
        conditions.add(AUDIT_EVENT.TENANT_ID.eq(query.tenantId().value()));
        if (query.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(query.to()));
        }
        if (query.type() != null) {
            conditions.add(AUDIT_EVENT.TYPE.eq(query.type()));
        }
        if (query.actor() != null) {
            conditions.add(AUDIT_EVENT.ACTOR.eq(query.actor()));
        }
        if (query.aggregateId() != null) {
            conditions.add(AUDIT_EVENT.AGGREGATE_ID.eq(query.aggregateId()));
        }
        if (query.cursor() != null) {
            conditions.add(AUDIT_EVENT.POSITION.lt(query.cursor()));
        }
        int limit = Math.max(1, query.limit());
        var rows = dsl.selectFrom(AUDIT_EVENT)
                .where(DSL.and(conditions))
                .orderBy(AUDIT_EVENT.POSITION.desc())
                .limit(limit + 1)
                .fetch(AuditRepository::toView);
        if (rows.size() <= limit) {
            return new FindAuditEvents.Result(rows, null);
        }
        var page = List.copyOf(rows.subList(0, limit));
        return new FindAuditEvents.Result(page, page.getLast().position());
    }

    private static AuditEventView toView(AuditEventRecord row) {
        return new AuditEventView(
                row.getEventId(),
                row.getPosition(),
                row.getType(),
                row.getRevision(),
                row.getOccurredAt(),
                row.getActor(),
                row.getActorKind(),
                row.getAggregateId(),
                row.getAggregateType(),
                row.getSequence(),
                row.getCorrelationId(),
                row.getRequestId(),
                row.getPayload().data());
    }
}
