package io.scoreledger.report.queries;

import io.scoreledger.ids.TenantId;
import java.util.List;

/** A tenant's reports, newest first. */
public record FindReports(TenantId tenantId) {

    public record Result(List<ReportView> reports) {}
}
