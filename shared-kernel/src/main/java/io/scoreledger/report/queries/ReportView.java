package io.scoreledger.report.queries;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ReportId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.report.ReportType;
import java.time.Instant;

/** An archived report. generatedAt is the timestamp of the event at position (what the PDF prints), not the request. */
public record ReportView(
        ReportId id,
        TenantId tenantId,
        ReportType reportType,
        AssessmentId assessmentId,
        String status,
        long position,
        String chainHash,
        String sha256,
        long sizeBytes,
        Instant generatedAt,
        Instant requestedAt) {

    public static final String AVAILABLE = "AVAILABLE";
}
