package io.scoreledger.query.organization;

import static io.scoreledger.query.jooq.Tables.ORGANIZATION_FINDING;
import static io.scoreledger.query.jooq.Tables.ORGANIZATION_SCORE;

import io.scoreledger.ids.TenantId;
import io.scoreledger.organization.events.OrganizationScoreChanged;
import io.scoreledger.organization.events.OrganizationSignalRecorded;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/** The organization-level findings and score of each company. Inserts by signal id, so redelivery changes nothing. */
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
                .set(ORGANIZATION_FINDING.SEVERITY, event.severity() == null ? null : event.severity().name())
                .set(ORGANIZATION_FINDING.FIRST_SEEN, utc(event.firstSeen()))
                .set(ORGANIZATION_FINDING.LAST_SEEN, utc(event.lastSeen()))
                .set(ORGANIZATION_FINDING.DOMAIN, event.domain())
                .set(ORGANIZATION_FINDING.IP, event.ip())
                .set(ORGANIZATION_FINDING.LINKED, event.linked())
                .set(ORGANIZATION_FINDING.RECORDED_AT, utc(event.recordedAt()))
                .onConflict(ORGANIZATION_FINDING.SIGNAL_ID)
                .doNothing()
                .execute();
    }

    void upsertScore(OrganizationScoreChanged event) {
        int findings = dsl.fetchCount(ORGANIZATION_FINDING, ORGANIZATION_FINDING.COMPANY_ID.eq(event.tenantId().value()));
        dsl.insertInto(ORGANIZATION_SCORE)
                .set(ORGANIZATION_SCORE.COMPANY_ID, event.tenantId().value())
                .set(ORGANIZATION_SCORE.SCORE, event.score())
                .set(ORGANIZATION_SCORE.FINDINGS, findings)
                .set(ORGANIZATION_SCORE.CHANGED_AT, utc(event.changedAt()))
                .onConflict(ORGANIZATION_SCORE.COMPANY_ID)
                .doUpdate()
                .set(ORGANIZATION_SCORE.SCORE, event.score())
                .set(ORGANIZATION_SCORE.FINDINGS, findings)
                .set(ORGANIZATION_SCORE.CHANGED_AT, utc(event.changedAt()))
                .where(ORGANIZATION_SCORE.CHANGED_AT.le(utc(event.changedAt())))
                .execute();
    }

    void deleteAll() {
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

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
