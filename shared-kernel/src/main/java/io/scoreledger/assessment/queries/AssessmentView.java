package io.scoreledger.assessment.queries;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;

/** status is in_progress or completed; revision is the sequence of the assessment's last event the row shows. */
public record AssessmentView(
        AssessmentId id,
        TenantId tenantId,
        ClientId clientId,
        String name,
        TemplateId templateId,
        String templateName,
        String status,
        double completionPercentage,
        Double score,
        String scoreMethod,
        Instant startedAt,
        Instant completedAt,
        String version,
        long revision) {}
