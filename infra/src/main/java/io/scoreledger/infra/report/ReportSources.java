package io.scoreledger.infra.report;

import io.scoreledger.assessment.queries.FindAssessments;
import io.scoreledger.assessment.queries.GetAssessment;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.employee.queries.GetDashboard;
import io.scoreledger.employee.queries.GetDashboardTrends;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.queries.FindPolicies;
import io.scoreledger.report.ReportType;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import io.scoreledger.tenancy.queries.FindClients;
import io.scoreledger.tenancy.queries.GetCompany;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;

/** Reads a report's figures through the existing queries, the same ones the dashboard and the api answer from. */
class ReportSources {

    static final int TREND_DAYS = 365;
    static final int TOP_RISKS = 10;

    private final ObjectProvider<QueryGateway> queryGateway;

    ReportSources(ObjectProvider<QueryGateway> queryGateway) {
        this.queryGateway = queryGateway;
    }

    ReportContents read(
            TenantId tenant,
            ReportType type,
            AssessmentId assessmentId,
            long position,
            Instant asOf,
            String chainHash) {
        var company = query(new GetCompany(tenant), GetCompany.Result.class)
                .found()
                .orElseThrow(() -> new UnknownResourceException("Company not found."));
        var dashboard = query(new GetDashboard(tenant, null), GetDashboard.Result.class);
        var to = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        var trend = query(
                        new GetDashboardTrends(tenant, to.minusDays(TREND_DAYS - 1), to),
                        GetDashboardTrends.Result.class)
                .points();
        var risks = query(
                        new FindTopRisks(tenant, TOP_RISKS, FindTopRisks.Order.LOWEST_SCORE), FindTopRisks.Result.class)
                .risks();

        var clientNames = new HashMap<ClientId, String>();
        var assessments = new ArrayList<ReportContents.ClientAssessment>();
        var policies = new ArrayList<ReportContents.ClientPolicy>();
        for (var client : query(new FindClients(tenant, null, null), FindClients.Result.class)
                .clients()) {
            var name = client.profile().name();
            clientNames.put(client.id(), name);
            query(new FindAssessments(tenant, client.id()), FindAssessments.Result.class)
                    .assessments()
                    .forEach(assessment -> assessments.add(new ReportContents.ClientAssessment(name, assessment)));
            query(new FindPolicies(tenant, client.id(), null, null, null), FindPolicies.Result.class)
                    .policies()
                    .forEach(policy -> policies.add(new ReportContents.ClientPolicy(name, policy)));
        }
        return new ReportContents(
                type,
                company.name(),
                position,
                asOf,
                chainHash,
                dashboard,
                dashboard.employees().bandCounts(),
                trend,
                risks,
                assessments,
                policies,
                focus(tenant, assessmentId, clientNames));
    }

    private ReportContents.Focus focus(TenantId tenant, AssessmentId assessmentId, Map<ClientId, String> clientNames) {
        if (assessmentId == null) {
            return null;
        }
        var result = query(new GetAssessment(tenant, assessmentId), GetAssessment.Result.class);
        var assessment = result.found()
                .orElseThrow(() -> new InvalidCommandException(
                        "assessmentId", "The assessmentId field must name an assessment of this tenant."));
        return new ReportContents.Focus(
                clientNames.getOrDefault(
                        assessment.clientId(), assessment.clientId().value()),
                assessment,
                result.items());
    }

    private <R> R query(Object query, Class<R> type) {
        return queryGateway.getObject().query(query, type).join();
    }
}
