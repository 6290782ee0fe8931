package io.scoreledger.query.employee;

import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.employee.queries.FindDecayCandidates;
import io.scoreledger.employee.queries.FindEmployeeByEmail;
import io.scoreledger.employee.queries.FindEmployeeScores;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.employee.queries.GetDashboardSummary;
import io.scoreledger.employee.queries.GetDashboardTrends;
import io.scoreledger.employee.queries.GetDepartmentScores;
import io.scoreledger.employee.queries.GetEmployeeScore;
import io.scoreledger.employee.queries.GetScoreSummary;
import io.scoreledger.employee.queries.GetScoreTrends;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.axonframework.queryhandling.QueryHandler;

public class ScoreQueryHandler {

    private static final Duration TREND_WINDOW = Duration.ofDays(30);

    private final ScoreRepository repository;
    private final Clock clock;

    public ScoreQueryHandler(ScoreRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @QueryHandler
    GetScoreSummary.Result handle(GetScoreSummary query) {
        String scope = scope(query.department());
        Instant at = query.asOf() == null ? clock.instant() : query.asOf();
        var thirtyDaysEarlier = LocalDate.ofInstant(at.minus(TREND_WINDOW), ZoneOffset.UTC);
        Double averageThen = repository
                .snapshotAtOrBefore(query.tenantId(), scope, thirtyDaysEarlier)
                .filter(histogram -> histogram.total() > 0)
                .map(ScoreHistogram::average)
                .orElse(null);
        var histogram = query.asOf() == null
                ? repository.histogram(query.tenantId(), scope)
                : repository.histogramAsOf(query.tenantId(), scope, query.asOf());
        return new GetScoreSummary.Result(histogram, averageThen);
    }

    @QueryHandler
    GetDepartmentScores.Result handle(GetDepartmentScores query) {
        if (query.asOf() == null) {
            return new GetDepartmentScores.Result(repository.histogramsByDepartment(query.tenantId()));
        }
        return new GetDepartmentScores.Result(repository.histogramsByDepartmentAsOf(query.tenantId(), query.asOf()));
    }

    @QueryHandler
    GetScoreTrends.Result handle(GetScoreTrends query) {
        var points = new ArrayList<GetScoreTrends.Point>();
        if (query.from().isAfter(query.to())) {
            return new GetScoreTrends.Result(points);
        }
        var snapshots = repository.snapshots(query.tenantId(), scope(query.department()), query.from(), query.to());
        for (int period = 0; ; period++) {
            LocalDate date = switch (query.interval()) {
                case DAILY -> query.from().plusDays(period);
                case WEEKLY -> query.from().plusWeeks(period);
                case MONTHLY -> query.from().plusMonths(period);
            };
            if (date.isAfter(query.to())) {
                break;
            }
            var snapshot = snapshots.floorEntry(date);
            if (snapshot != null) {
                var histogram = snapshot.getValue();
                points.add(new GetScoreTrends.Point(date, histogram.average(), histogram.median(), histogram.total()));
            }
        }
        return new GetScoreTrends.Result(points);
    }

    @QueryHandler
    FindTopRisks.Result handle(FindTopRisks query) {
        if (query.limit() < 1) {
            return new FindTopRisks.Result(List.of());
        }
        var risks = switch (query.order()) {
            case LOWEST_SCORE -> repository.findLowestScores(query.tenantId(), query.limit());
            case BIGGEST_DROP ->
                repository.findBiggestDrops(query.tenantId(), clock.instant().minus(TREND_WINDOW), query.limit());
        };
        return new FindTopRisks.Result(risks);
    }

    @QueryHandler
    GetEmployeeScore.Result handle(GetEmployeeScore query) {
        return new GetEmployeeScore.Result(
                repository.findEmployee(query.tenantId(), query.employeeId()).orElse(null));
    }

    @QueryHandler
    FindEmployeeScores.Result handle(FindEmployeeScores query) {
        return repository.findEmployeeScores(query);
    }

    @QueryHandler
    FindEmployeeByEmail.Result handle(FindEmployeeByEmail query) {
        return new FindEmployeeByEmail.Result(
                repository.findEmployeeByEmail(query.tenantId(), query.email()).orElse(null));
    }

    @QueryHandler
    FindDecayCandidates.Result handle(FindDecayCandidates query) {
        return new FindDecayCandidates.Result(repository.findDecayCandidates(query.after(), query.limit()));
    }

    @QueryHandler
    GetDashboardSummary.Result handle(GetDashboardSummary query) {
        if (query.asOf() == null) {
            return new GetDashboardSummary.Result(repository.histogram(query.tenantId(), ScoreRepository.EVERYONE));
        }
        return new GetDashboardSummary.Result(
                repository.histogramAsOf(query.tenantId(), ScoreRepository.EVERYONE, query.asOf()));
    }

    @QueryHandler
    GetDashboardTrends.Result handle(GetDashboardTrends query) {
        var points = new ArrayList<GetDashboardTrends.Point>();
        if (query.from().isAfter(query.to())) {
            return new GetDashboardTrends.Result(points);
        }
        NavigableMap<LocalDate, ScoreHistogram> snapshots =
                repository.snapshots(query.tenantId(), ScoreRepository.EVERYONE, query.from(), query.to());
        for (LocalDate date = query.from(); !date.isAfter(query.to()); date = date.plusDays(1)) {
            var snapshot = snapshots.floorEntry(date);
            if (snapshot != null) {
                var histogram = snapshot.getValue();
                points.add(new GetDashboardTrends.Point(date, histogram.average(), histogram.total()));
            }
        }
        return new GetDashboardTrends.Result(points);
    }

    /** The histogram a department filter names: null is the whole tenant, "" the employees without a department. */
    private static String scope(String department) {
        return department == null ? ScoreRepository.EVERYONE : department;
    }
}
