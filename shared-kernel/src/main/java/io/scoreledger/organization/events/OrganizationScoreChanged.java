package io.scoreledger.organization.events;

import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The organization-level score (0–100) as OrganizationScoring computed it; previousScore null the first time. */
@Revision("1")
public record OrganizationScoreChanged(
        TenantId tenantId,
        int score,
        Integer previousScore,
        String modelVersion,
        int weighingFindings,
        Instant changedAt) {}
