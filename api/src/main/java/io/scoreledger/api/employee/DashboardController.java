package io.scoreledger.api.employee;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.employee.queries.GetDashboard;
import io.scoreledger.employee.queries.GetDashboardTrends;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dashboard", description = "The tenant's overall score and risk level, and how they moved.")
record DashboardController(QueryGateway queries, RequestClock clock) {

    @Schema(name = "DashboardSummary")
    record Summary(
            @Nullable Integer overallScore,
            @Nullable String riskLevel,
            String formulaVersion,
            int employeeCount,
            @Nullable Double employeeAverage,
            @Nullable Integer organizationScore,
            @Nullable Double assessmentScore,
            int completedAssessments,
            Map<String, ScoreResponses.BandShare> bandDistribution,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant asOf) {}

    record Point(LocalDate date, @Nullable Integer overallScore) {}

    record Trends(String range, List<Point> scoreSeries) {}

    @GetMapping("/summary")
    @RequiresScope(Scope.DASHBOARD_READ)
    @Operation(
            operationId = "getDashboardSummary",
            summary =
                    "Overall score and risk level by the versioned formula: employees, and organization findings once any exist; as_of: as they stood then")
    Envelope<Summary> summary(
            @ActingTenant TenantId tenant, @RequestParam(name = ScoreParameters.AS_OF, required = false) String asOf) {
        var at = ScoreParameters.asOf(asOf, clock.now());
        var dashboard = queries.query(new GetDashboard(tenant, at), GetDashboard.Result.class)
                .join();
        return Envelope.of(new Summary(
                dashboard.overallScore(),
                dashboard.riskLevel(),
                dashboard.formulaVersion(),
                dashboard.employees().total(),
                dashboard.employeeAverage(),
                dashboard.organizationScore(),
                dashboard.assessmentScore(),
                dashboard.completedAssessments(),
                ScoreResponses.bandDistribution(dashboard.employees()),
                at));
    }

    @GetMapping("/trends")
    @RequiresScope(Scope.DASHBOARD_READ)
    @Operation(
            operationId = "getDashboardTrends",
            summary = "The employees' average score, rounded, day by day over 30d, 90d, 1y or 3y")
    Envelope<Trends> trends(@ActingTenant TenantId tenant, @RequestParam(required = false) String range) {
        var chosen = range == null || range.isBlank() ? "30d" : range.strip();
        var today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        var from = ScoreParameters.dashboardFrom(chosen, today);
        var points = queries.query(new GetDashboardTrends(tenant, from, today), GetDashboardTrends.Result.class)
                .join()
                .points();
        return Envelope.of(new Trends(
                chosen,
                points.stream()
                        .map(p -> new Point(
                                p.date(), p.employeeCount() == 0 ? null : (int) Math.round(p.employeeAverage())))
                        .toList()));
    }
}
