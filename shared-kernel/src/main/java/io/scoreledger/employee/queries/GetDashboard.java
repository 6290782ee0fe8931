package io.scoreledger.employee.queries;

import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.ids.TenantId;
import java.time.Instant;

/**
 * The dashboard as the api and the PDF report show it: the employees', organization's and assessments' figures and
 * the overall score and risk level DashboardFormula makes of them. Now when asOf is null, otherwise as they stood then.
 */
public record GetDashboard(TenantId tenantId, Instant asOf) {

    /**
     * overallScore and riskLevel are null while nothing is scored; organizationScore while no organization-level
     * finding exists; assessmentScore while no assessment is completed.
     */
    public record Result(
            Integer overallScore,
            String riskLevel,
            String formulaVersion,
            ScoreHistogram employees,
            Integer organizationScore,
            Double assessmentScore,
            int completedAssessments) {

        /** null when nobody is scored. */
        public Double employeeAverage() {
            return employees.total() == 0 ? null : employees.average();
        }
    }
}
