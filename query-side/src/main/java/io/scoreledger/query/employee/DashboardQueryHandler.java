package io.scoreledger.query.employee;

import io.scoreledger.assessment.queries.GetCompletedAssessmentScores;
import io.scoreledger.employee.model.DashboardFormula;
import io.scoreledger.employee.queries.GetDashboard;
import io.scoreledger.employee.queries.GetDashboardSummary;
import io.scoreledger.organization.queries.GetOrganizationScore;
import java.util.function.Supplier;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Composes the dashboard from the three read models it draws on, each asked through its own query so none reads
 * another's tables. The gateway is supplied lazily: it is built from the handlers, this one among them.
 */
public class DashboardQueryHandler {

    private final Supplier<QueryGateway> queries;

    public DashboardQueryHandler(Supplier<QueryGateway> queries) {
        this.queries = queries;
    }

    @QueryHandler
    GetDashboard.Result handle(GetDashboard query) {
        var tenant = query.tenantId();
        var at = query.asOf();
        var employees = ask(new GetDashboardSummary(tenant, at), GetDashboardSummary.Result.class)
                .employees();
        var organization = ask(new GetOrganizationScore(tenant, at), GetOrganizationScore.Result.class)
                .score();
        var assessments = ask(new GetCompletedAssessmentScores(tenant, at), GetCompletedAssessmentScores.Result.class);
        var overall = DashboardFormula.overallScore(employees, organization, assessments.averageScore());
        return new GetDashboard.Result(
                overall,
                overall == null ? null : DashboardFormula.riskLevel(overall),
                DashboardFormula.VERSION,
                employees,
                organization,
                assessments.averageScore(),
                assessments.count());
    }

    private <R> R ask(Object query, Class<R> resultType) {
        return queries.get().query(query, resultType).join();
    }
}
