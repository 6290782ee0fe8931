package io.scoreledger.query.audit;

import static io.scoreledger.query.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.scoreledger.query.jooq.Tables.AUDIT_EVENT;

import io.scoreledger.audit.queries.GetAuditChainHead;
import io.scoreledger.query.jooq.tables.records.AuditEventRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The audit chain's writes for one batch of events. Each tenant's head is read and locked once per batch and
 * extended in memory; the links and the moved heads are written in a few multi-row statements when the batch commits.
 * An event that belongs before its tenant's head (a late commit, or a redelivery) takes the one-at-a-time path of
 * {@link AuditRepository#link}, after what is pending has been written.
 */
final class AuditBatchRepository {

    private static final int ROWS_PER_STATEMENT = 500;

    private final DSLContext dsl;
    private final AuditRepository log;
    private final Map<String, GetAuditChainHead.Result> heads = new HashMap<>();
    private final Set<String> movedHeads = new LinkedHashSet<>();
    private final List<AuditEventRecord> links = new ArrayList<>();

    AuditBatchRepository(DSLContext dsl, AuditRepository log) {
        this.dsl = dsl;
        this.log = log;
    }

    void link(AuditCanonicalForm.Entry entry) {
        var tenant = entry.tenantId();
        var head = heads.computeIfAbsent(tenant, log::lockHead);
        if (entry.position() > head.position()) {
            var digest = AuditCanonicalForm.digest(entry);
            long chainIndex = head.eventCount() + 1;
            var link = AuditCanonicalForm.link(head.chainHash(), digest);
            links.add(AuditRepository.row(entry, digest, chainIndex, link));
            heads.put(tenant, new GetAuditChainHead.Result(entry.position(), link, chainIndex));
            movedHeads.add(tenant);
            return;
        }
        flush();
        heads.remove(tenant);
        log.link(entry, log.lockHead(tenant));
    }

    void flush() {
        for (int from = 0; from < links.size(); from += ROWS_PER_STATEMENT) {
            var chunk = links.subList(from, Math.min(from + ROWS_PER_STATEMENT, links.size()));
            var insert = dsl.insertInto(AUDIT_EVENT).set(chunk.getFirst());
            for (var row : chunk.subList(1, chunk.size())) {
                insert = insert.newRecord().set(row);
            }
            insert.onConflict(AUDIT_EVENT.POSITION).doNothing().execute();
        }
        links.clear();
        if (movedHeads.isEmpty()) {
            return;
        }
        var upsert = dsl.insertInto(
                AUDIT_CHAIN_HEAD,
                AUDIT_CHAIN_HEAD.TENANT_ID,
                AUDIT_CHAIN_HEAD.POSITION,
                AUDIT_CHAIN_HEAD.CHAIN_INDEX,
                AUDIT_CHAIN_HEAD.LINK);
        for (var tenant : movedHeads) {
            var head = heads.get(tenant);
            upsert = upsert.values(tenant, head.position(), head.eventCount(), head.chainHash());
        }
        upsert.onConflict(AUDIT_CHAIN_HEAD.TENANT_ID)
                .doUpdate()
                .set(AUDIT_CHAIN_HEAD.POSITION, DSL.excluded(AUDIT_CHAIN_HEAD.POSITION))
                .set(AUDIT_CHAIN_HEAD.CHAIN_INDEX, DSL.excluded(AUDIT_CHAIN_HEAD.CHAIN_INDEX))
                .set(AUDIT_CHAIN_HEAD.LINK, DSL.excluded(AUDIT_CHAIN_HEAD.LINK))
                .execute();
        movedHeads.clear();
    }
}
