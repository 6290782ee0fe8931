package io.scoreledger.infra.report;

import io.scoreledger.assessment.queries.AssessmentItemView;
import io.scoreledger.assessment.queries.AssessmentView;
import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.employee.queries.GetDashboard;
import io.scoreledger.employee.queries.GetDashboardTrends;
import io.scoreledger.policy.queries.PolicyView;
import io.scoreledger.report.ReportType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a report prints, read from the read models at its pinned position. Nothing here comes from the wall
 * clock or a random source, so the same position gives the same document.
 */
record ReportContents(
        ReportType reportType,
        String tenantName,
        long position,
        Instant asOf,
        String chainHash,
        GetDashboard.Result summary,
        Map<Band, Integer> bands,
        List<GetDashboardTrends.Point> trend,
        List<FindTopRisks.Risk> topRisks,
        List<ClientAssessment> assessments,
        List<ClientPolicy> policies,
        Focus focus) {

    record ClientAssessment(String clientName, AssessmentView assessment) {}

    record ClientPolicy(String clientName, PolicyView policy) {}

    /** The assessment a report was asked about, with its answers; null when none was named. */
    record Focus(String clientName, AssessmentView assessment, List<AssessmentItemView> items) {}
}
