package io.scoreledger.report.queries;

import io.scoreledger.ids.ReportId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

/** A report's archived PDF; report and content are null when the tenant has no such report. */
public record GetReportDocument(TenantId tenantId, ReportId reportId) {

    public record Result(ReportView report, byte[] content) {

        public Optional<ReportView> found() {
            return Optional.ofNullable(report);
        }
    }
}
