package io.scoreledger.api.report;

import io.scoreledger.report.queries.ReportView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** chainHash is null when the tenant's audit chain was unavailable at generation. */
record ReportResponse(
        String reportId,
        String reportType,
        @Nullable String assessmentId,
        String status,
        long position,
        String chainHash,
        String sha256,
        long sizeBytes,
        Instant generatedAt,
        Instant requestedAt) {

    static ReportResponse of(ReportView view) {
        return new ReportResponse(
                view.id().value(),
                view.reportType().name(),
                view.assessmentId() == null ? null : view.assessmentId().value(),
                view.status(),
                view.position(),
                view.chainHash(),
                view.sha256(),
                view.sizeBytes(),
                view.generatedAt(),
                view.requestedAt());
    }
}
