package io.scoreledger.organization.commands;

import io.scoreledger.employee.model.Severity;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Organization-level findings (SecurityScorecard issues) about a company. An issue already recorded for the company
 * (same source and external id) is a duplicate and changes nothing. severity null means informational (no weight).
 */
public record RecordOrganizationSignals(
        @TargetAggregateIdentifier TenantId tenantId, String source, List<Finding> findings, Instant requestedAt) {

    public record Finding(
            SignalId signalId,
            String externalId,
            String issueType,
            String factor,
            Severity severity,
            Instant firstSeen,
            Instant lastSeen,
            String domain,
            String ip) {}

    /** linked: findings whose domain is the e-mail domain of one of the company's employees. */
    public record Result(int ingested, int duplicates, int linked) {}
}
