package io.scoreledger.report.commands;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ReportId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.report.ReportType;
import java.time.Instant;

/** assessmentId is required for ASSESSMENT_DETAIL and optional otherwise (null: none). */
public record GenerateReport(
        TenantId tenantId, ReportId reportId, ReportType reportType, AssessmentId assessmentId, Instant requestedAt) {}
