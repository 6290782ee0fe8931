package io.scoreledger.command.tenancy;

import io.scoreledger.ids.TenantId;
import io.scoreledger.organization.commands.RecordOrganizationSignals;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.Repository;

/** Loads the company from its events and lets it record the findings in the command's unit of work. */
final class EventSourcedCompanyFindings implements CompanyFindings {

    private final Repository<Company> companies;

    EventSourcedCompanyFindings(Repository<Company> companies) {
        this.companies = companies;
    }

    @Override
    public Recorded record(
            TenantId tenantId,
            String source,
            List<RecordOrganizationSignals.Finding> findings,
            Set<String> linkedDomains,
            Instant at)
            throws Exception {
        var company = companies.load(tenantId.value());
        return company.invoke(c -> c.recordFindings(source, findings, linkedDomains, at));
    }
}
