package io.scoreledger.command.tenancy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.command.InputRules;
import io.scoreledger.employee.model.OrganizationScoring;
import io.scoreledger.ids.TenantId;
import io.scoreledger.organization.commands.RecordOrganizationSignals;
import io.scoreledger.organization.events.OrganizationScoreChanged;
import io.scoreledger.organization.events.OrganizationSignalRecorded;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.tenancy.commands.CreateCompany;
import io.scoreledger.tenancy.events.CompanyCreated;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;

class Company {

    @AggregateIdentifier
    private TenantId tenantId;

    private final Set<String> recordedFindings = new HashSet<>();
    private final List<OrganizationScoring.Finding> findings = new ArrayList<>();
    private @Nullable Integer organizationScore;

    Company() {}

    @CommandHandler
    Company(CreateCompany command) {
        InputRules.requireText("name", command.name(), InputRules.NAME_MAX);
        InputRules.requireEmail("email", command.email());
        if (command.subscriptionPackage() == null) {
            throw new InvalidCommandException("subscription_package", "The subscription package is required.");
        }
        var createdAt = command.requestedAt();
        var cycleEnd = createdAt.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
        apply(new CompanyCreated(
                command.tenantId(),
                command.name().strip(),
                command.email().strip().toLowerCase(Locale.ROOT),
                command.subscriptionPackage(),
                createdAt,
                cycleEnd));
    }

    /** Records the new findings and, if they move it, the organization score. linkedDomains are lowercase. */
    CompanyFindings.Recorded recordFindings(
            String source, List<RecordOrganizationSignals.Finding> batch, Set<String> linkedDomains, Instant at) {
        int recorded = 0;
        int linked = 0;
        for (var finding : batch) {
            if (recordedFindings.contains(source + "/" + finding.externalId())) {
                continue;
            }
            boolean isLinked = finding.domain() != null
                    && linkedDomains.contains(finding.domain().toLowerCase(Locale.ROOT));
            apply(new OrganizationSignalRecorded(
                    tenantId,
                    finding.signalId(),
                    source,
                    finding.externalId(),
                    finding.issueType(),
                    finding.factor(),
                    finding.severity(),
                    finding.firstSeen(),
                    finding.lastSeen(),
                    finding.domain(),
                    finding.ip(),
                    isLinked,
                    at));
            recorded++;
            linked += isLinked ? 1 : 0;
        }
        int score = OrganizationScoring.score(findings, at);
        if (recorded > 0 && (organizationScore == null || score != organizationScore)) {
            int weighing =
                    (int) findings.stream().filter(f -> f.severity() != null).count();
            apply(new OrganizationScoreChanged(
                    tenantId, score, organizationScore, OrganizationScoring.VERSION, weighing, at));
        }
        return new CompanyFindings.Recorded(recorded, linked);
    }

    @EventSourcingHandler
    void on(CompanyCreated event) {
        tenantId = event.tenantId();
    }

    @EventSourcingHandler
    void on(OrganizationSignalRecorded event) {
        recordedFindings.add(event.source() + "/" + event.externalId());
        findings.add(new OrganizationScoring.Finding(event.severity(), event.lastSeen()));
    }

    @EventSourcingHandler
    void on(OrganizationScoreChanged event) {
        organizationScore = event.score();
    }
}
