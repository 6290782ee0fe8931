package io.scoreledger.report.events;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ReportId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.report.ReportType;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A report was rendered and archived. position is the global index of the last event (report events aside) the
 * report reflects, asOf that event's timestamp; chainHash is the tenant's audit chain hash pinned with it (null when
 * the audit chain was unavailable); sha256 and sizeBytes identify the archived PDF.
 */
@Revision("1")
public record ReportGenerated(
        TenantId tenantId,
        ReportId reportId,
        ReportType reportType,
        AssessmentId assessmentId,
        long position,
        String chainHash,
        String sha256,
        long sizeBytes,
        Instant asOf,
        Instant requestedAt) {}
