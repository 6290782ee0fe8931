package io.scoreledger.command.tenancy;

import io.scoreledger.ids.TenantId;
import io.scoreledger.organization.commands.RecordOrganizationSignals;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Organization findings are part of the company they were found for (its score moves with them); this is how the
 * organization feature's command handler reaches the company without the aggregate leaving its package.
 */
public interface CompanyFindings {

    record Recorded(int count, int linked) {}

    /** Records the findings new to the company; linkedDomains are lowercase. */
    Recorded record(
            TenantId tenantId,
            String source,
            List<RecordOrganizationSignals.Finding> findings,
            Set<String> linkedDomains,
            Instant at)
            throws Exception;
}
