package io.scoreledger.query.organization;

import static io.scoreledger.query.jooq.Tables.ORGANIZATION_FINDING;
import static io.scoreledger.query.jooq.Tables.ORGANIZATION_SCORE;
import static io.scoreledger.query.jooq.Tables.ORGANIZATION_SCORE_CHANGE;

import io.scoreledger.ids.TenantId;
import io.scoreledger.organization.events.OrganizationScoreChanged;
import io.scoreledger.organization.events.OrganizationSignalRecorded;
import java.time.Instant;
import org.jooq.DSLContext;

/**
 * The organization-level findings and score of each company, and every score it held (by the company's stream
 * sequence, at event time) for as-of queries. Inserts by signal id or sequence, so redelivery changes nothing.
 */
public class OrganizationRepository {

    private final DSLContext dsl;

    public OrganizationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insertFinding(OrganizationSignalRecorded event) {
        dsl.insertInto(ORGANIZATION_FINDING)
                .set(ORGANIZATION_FINDING.SIGNAL_ID, event.signalId().value())
                .set(ORGANIZATION_FINDING.COMPANY_ID, event.tenantId().value())
                .set(ORGANIZATION_FINDING.SOURCE, event.source())
                .set(ORGANIZATION_FINDING.EXTERNAL_ID, event.externalId())
                .set(ORGANIZATION_FINDING.ISSUE_TYPE, event.issueType())
                .set(ORGANIZATION_FINDING.FACTOR, event.factor())
                .set(
                        ORGANIZATION_FINDING.SEVERITY,
                        event.severity() == null ? null : event.severity().name())
                .set(ORGANIZATION_FINDING.FIRST_SEEN, event.firstSeen())
                .set(ORGANIZATION_FINDING.LAST_SEEN, event.lastSeen())
                .set(ORGANIZATION_FINDING.DOMAIN, event.domain())
                .set(ORGANIZATION_FINDING.IP, event.ip())
                .set(ORGANIZATION_FINDING.LINKED, event.linked())
                .set(ORGANIZATION_FINDING.RECORDED_AT, event.recordedAt())
                .onConflict(ORGANIZATION_FINDING.SIGNAL_ID)
                .doNothing()
                .execute();
    }

    void upsertScore(OrganizationScoreChanged event, long sequence) {
        dsl.insertInto(ORGANIZATION_SCORE_CHANGE)
                .set(ORGANIZATION_SCORE_CHANGE.COMPANY_ID, event.tenantId().value())
                .set(ORGANIZATION_SCORE_CHANGE.SEQUENCE, sequence)
                .set(ORGANIZATION_SCORE_CHANGE.CHANGED_AT, event.changedAt())
                .set(ORGANIZATION_SCORE_CHANGE.SCORE, event.score())
                .onConflict(ORGANIZATION_SCORE_CHANGE.COMPANY_ID, ORGANIZATION_SCORE_CHANGE.SEQUENCE)
                .doNothing()
                .execute();
        int findings = dsl.fetchCount(
                ORGANIZATION_FINDING,
                ORGANIZATION_FINDING.COMPANY_ID.eq(event.tenantId().value()));
        dsl.insertInto(ORGANIZATION_SCORE)
                .set(ORGANIZATION_SCORE.COMPANY_ID, event.tenantId().value())
                .set(ORGANIZATION_SCORE.SCORE, event.score())
                .set(ORGANIZATION_SCORE.FINDINGS, findings)
                .set(ORGANIZATION_SCORE.CHANGED_AT, event.changedAt())
                .onConflict(ORGANIZATION_SCORE.COMPANY_ID)
                .doUpdate()
                .set(ORGANIZATION_SCORE.SCORE, event.score())
                .set(ORGANIZATION_SCORE.FINDINGS, findings)
                .set(ORGANIZATION_SCORE.CHANGED_AT, event.changedAt())
                .where(ORGANIZATION_SCORE.CHANGED_AT.le(event.changedAt()))
                .execute();
    }

    void deleteAll() {
        dsl.deleteFrom(ORGANIZATION_SCORE_CHANGE).execute();
        dsl.deleteFrom(ORGANIZATION_SCORE).execute();
        dsl.deleteFrom(ORGANIZATION_FINDING).execute();
    }

    Integer score(TenantId tenantId) {
        return dsl.select(ORGANIZATION_SCORE.SCORE)
                .from(ORGANIZATION_SCORE)
                .where(ORGANIZATION_SCORE.COMPANY_ID.eq(tenantId.value()))
                .fetchOptional(ORGANIZATION_SCORE.SCORE)
                .orElse(null);
    }

    int findings(TenantId tenantId) {
        return dsl.fetchCount(ORGANIZATION_FINDING, ORGANIZATION_FINDING.COMPANY_ID.eq(tenantId.value()));
    }

    /** The last score recorded at or before {@code asOf}; null when there was none yet. */
    Integer scoreAsOf(TenantId tenantId, Instant asOf) {
        return dsl.select(ORGANIZATION_SCORE_CHANGE.SCORE)
                .from(ORGANIZATION_SCORE_CHANGE)
                .where(ORGANIZATION_SCORE_CHANGE.COMPANY_ID.eq(tenantId.value()))
                .and(ORGANIZATION_SCORE_CHANGE.CHANGED_AT.le(asOf))
                .orderBy(ORGANIZATION_SCORE_CHANGE.CHANGED_AT.desc(), ORGANIZATION_SCORE_CHANGE.SEQUENCE.desc())
                .limit(1)
                .fetchOptional(ORGANIZATION_SCORE_CHANGE.SCORE)
                .orElse(null);
    }

    int findingsAsOf(TenantId tenantId, Instant asOf) {
        return dsl.fetchCount(
                ORGANIZATION_FINDING,
                ORGANIZATION_FINDING.COMPANY_ID.eq(tenantId.value()).and(ORGANIZATION_FINDING.RECORDED_AT.le(asOf)));
    }
}
