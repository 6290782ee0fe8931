package io.scoreledger.organization.events;

import io.scoreledger.employee.model.Severity;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrganizationSignalRecorded(
        TenantId tenantId,
        SignalId signalId,
        String source,
        String externalId,
        String issueType,
        String factor,
        Severity severity,
        Instant firstSeen,
        Instant lastSeen,
        String domain,
        String ip,
        boolean linked,
        Instant recordedAt) {}
