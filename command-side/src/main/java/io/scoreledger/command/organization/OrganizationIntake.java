package io.scoreledger.command.organization;

import io.scoreledger.command.tenancy.CompanyFindings;
import io.scoreledger.organization.commands.RecordOrganizationSignals;
import io.scoreledger.rules.InvalidCommandException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;

/** Organization-level findings belong to the company; matching them to employees needs the employee directory. */
public final class OrganizationIntake {

    private final CompanyFindings companies;
    private final KnownDomains domains;

    public OrganizationIntake(CompanyFindings companies, KnownDomains domains) {
        this.companies = companies;
        this.domains = domains;
    }

    @CommandHandler
    RecordOrganizationSignals.Result handle(RecordOrganizationSignals command) throws Exception {
        var externalIds = new HashSet<String>();
        for (int i = 0; i < command.findings().size(); i++) {
            var finding = command.findings().get(i);
            if (finding.externalId() == null || finding.externalId().isBlank()) {
                throw new InvalidCommandException("signals[" + i + "].id", "The id field is required.");
            }
            if (!externalIds.add(finding.externalId())) {
                throw new InvalidCommandException("signals[" + i + "].id", "The id appears twice in this batch.");
            }
        }
        var mentioned = command.findings().stream()
                .map(RecordOrganizationSignals.Finding::domain)
                .filter(domain -> domain != null && !domain.isBlank())
                .map(domain -> domain.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        var known = mentioned.isEmpty() ? Set.<String>of() : domains.knownAmong(command.tenantId(), mentioned);
        var recorded = companies.record(
                command.tenantId(), command.source(), command.findings(), known, command.requestedAt());
        return new RecordOrganizationSignals.Result(
                recorded.count(), command.findings().size() - recorded.count(), recorded.linked());
    }
}
