package io.scoreledger.api.employee;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.employee.model.ScoringModel;
import io.scoreledger.employee.queries.FindEmployeeScores;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.employee.queries.GetDepartmentScores;
import io.scoreledger.employee.queries.GetEmployeeScore;
import io.scoreledger.employee.queries.GetScoreSummary;
import io.scoreledger.employee.queries.GetScoreTrends;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.CompletionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The seed's Scores API: bare snake_case bodies, no {"success", "data"} wrapper; errors keep the envelope. */
@RestController
@RequestMapping(path = "/v1/scores", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Scores", description = "Employee security scores, organization aggregates and score distribution.")
record ScoresController(QueryGateway queries, RequestClock clock) {

    static final String EMPLOYEE_NOT_FOUND = "Employee not found.";

    @GetMapping("/model")
    @RequiresScope(Scope.SCORES_READ)
    @Operation(
            operationId = "getScoringModel",
            summary = "The scoring model in force: points, half-lives, severity factors and bands")
    ScoreResponses.Model model() {
        return ScoreResponses.model(ScoringModel.CURRENT);
    }

    @GetMapping("/summary")
    @RequiresScope(Scope.SCORES_READ)
    @Operation(
            operationId = "getScoreSummary",
            summary = "The organization's average and median score, bands and 30-day trend; as_of: as they stood then")
    ScoreResponses.Summary summary(
            @ActingTenant TenantId tenant, @RequestParam(name = ScoreParameters.AS_OF, required = false) String asOf) {
        var at = ScoreParameters.asOf(asOf, clock.now());
        var result = queries.query(new GetScoreSummary(tenant, null, at), GetScoreSummary.Result.class)
                .join();
        return ScoreResponses.summary(result.histogram(), result.averageThirtyDaysAgo(), at);
    }

    @GetMapping("/departments")
    @RequiresScope(Scope.SCORES_READ)
    @Operation(
            operationId = "listDepartmentScores",
            summary =
                    "Scores per department; employees without one are listed last, with department null; as_of: as they stood then")
    ScoreResponses.Departments departments(
            @ActingTenant TenantId tenant, @RequestParam(name = ScoreParameters.AS_OF, required = false) String asOf) {
        var at = ScoreParameters.asOf(asOf, clock.now());
        var result = queries.query(new GetDepartmentScores(tenant, at), GetDepartmentScores.Result.class)
                .join();
        var named = new ArrayList<ScoreResponses.Department>();
        ScoreResponses.Department none = null;
        for (var entry : result.byDepartment().entrySet()) {
            var department = ScoreResponses.department(entry.getKey(), entry.getValue());
            if (department.department() == null) {
                none = department;
            } else {
                named.add(department);
            }
        }
        if (none != null) {
            named.add(none);
        }
        return new ScoreResponses.Departments(named, at);
    }

    @GetMapping("/distribution")
    @RequiresScope(Scope.SCORES_READ)
    @Operation(
            operationId = "getScoreDistribution",
            summary = "How many employees fall in each score bucket (default 5 points wide); as_of: as they stood then")
    ScoreResponses.Distribution distribution(
            @ActingTenant TenantId tenant,
            @RequestParam(required = false) String department,
            @RequestParam(name = "bucket_size", required = false) String bucketSize,
            @RequestParam(name = ScoreParameters.AS_OF, required = false) String asOf) {
        int size = ScoreParameters.integer("bucket_size", bucketSize, 5, 1, 50);
        var at = ScoreParameters.asOf(asOf, clock.now());
        var result = queries.query(
                        new GetScoreSummary(tenant, ScoreParameters.department(department), at),
                        GetScoreSummary.Result.class)
                .join();
        return ScoreResponses.distribution(result.histogram(), size, at);
    }

    @GetMapping("/trends")
    @RequiresScope(Scope.SCORES_READ)
    @Operation(
            operationId = "getScoreTrends",
            summary = "Average and median score over time, one point per day, week or month")
    ScoreResponses.Data<ScoreResponses.TrendPoint> trends(
            @ActingTenant TenantId tenant,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String interval,
            @RequestParam(required = false) String department) {
        var range = ScoreParameters.dateRange(from, to, today());
        var every = ScoreParameters.interval(interval);
        var result = queries.query(
                        new GetScoreTrends(
                                tenant, ScoreParameters.department(department), range.from(), range.to(), every),
                        GetScoreTrends.Result.class)
                .join();
        return new ScoreResponses.Data<>(
                result.points().stream().map(ScoreResponses::trendPoint).toList());
    }

    @GetMapping("/top-risks")
    @RequiresScope(Scope.SCORES_READ)
    @Operation(
            operationId = "listTopRisks",
            summary = "The employees at most risk: lowest score or biggest drop over 30 days")
    ScoreResponses.Data<ScoreResponses.TopRisk> topRisks(
            @ActingTenant TenantId tenant,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String sort) {
        int size = ScoreParameters.integer("limit", limit, 10, 1, 100);
        var order = ScoreParameters.sort(sort);
        var result = queries.query(new FindTopRisks(tenant, size, order), FindTopRisks.Result.class)
                .join();
        return new ScoreResponses.Data<>(
                result.risks().stream().map(ScoreResponses::topRisk).toList());
    }

    @GetMapping("/employees")
    @RequiresScope(Scope.SCORES_READ)
    @Operation(
            operationId = "listEmployeeScores",
            summary = "Employees by ascending score, a page at a time (next_cursor)")
    ScoreResponses.EmployeePage employees(
            @ActingTenant TenantId tenant,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String band,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String limit) {
        int size = ScoreParameters.integer("limit", limit, 50, 1, 200);
        var query = new FindEmployeeScores(
                tenant,
                ScoreParameters.department(department),
                ScoreParameters.band(band),
                ScoreParameters.cursor(cursor),
                size);
        FindEmployeeScores.Result result;
        try {
            result = queries.query(query, FindEmployeeScores.Result.class).join();
        } catch (CompletionException e) {
            if (query.after() != null && causedBy(e, IllegalArgumentException.class)) {
                throw ApiException.invalid("cursor", ScoreParameters.BAD_CURSOR);
            }
            throw e;
        }
        return new ScoreResponses.EmployeePage(
                result.employees().stream().map(ScoreResponses::employeeRow).toList(), result.nextCursor());
    }

    @GetMapping("/employees/{employeeId}")
    @RequiresScope(Scope.SCORES_READ)
    @Operation(
            operationId = "getEmployeeScore",
            summary = "One employee's score, explained: contributions by factor and the signals behind them")
    ScoreResponses.EmployeeDetail employee(@PathVariable String employeeId, @ActingTenant TenantId tenant) {
        if (!EmployeeId.isWellFormed(employeeId)) {
            throw ApiException.notFound(EMPLOYEE_NOT_FOUND);
        }
        return queries.query(new GetEmployeeScore(tenant, new EmployeeId(employeeId)), GetEmployeeScore.Result.class)
                .join()
                .found()
                .map(ScoreResponses::employeeDetail)
                .orElseThrow(() -> ApiException.notFound(EMPLOYEE_NOT_FOUND));
    }

    /** A cursor of the right characters but not issued by us fails in the query handler; it is still bad input. */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
