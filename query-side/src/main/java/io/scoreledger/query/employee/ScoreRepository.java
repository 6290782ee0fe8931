package io.scoreledger.query.employee;

import io.scoreledger.employee.events.EmployeeProfileChanged;
import io.scoreledger.employee.events.EmployeeRegistered;
import io.scoreledger.employee.events.EmployeeScoreChanged;
import io.scoreledger.employee.events.SignalDisputed;
import io.scoreledger.employee.events.SignalRecorded;
import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.employee.queries.EmployeeScoreView;
import io.scoreledger.employee.queries.FindDecayCandidates;
import io.scoreledger.employee.queries.FindEmployeeScores;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import org.jooq.DSLContext;

/**
 * The score projection's tables as the projector and the query handlers see them, wired once over a
 * {@link DSLContext}. The work is done by the writer ({@link ScoreWriteRepository}, batched by
 * {@link ScoreBatchRepository}) and three readers: {@link HistogramRepository}, {@link EmployeeScoreRepository} and
 * {@link RiskRepository}.
 */
public class ScoreRepository {

    /** The histogram department that stands for the whole tenant. */
    static final String EVERYONE = ScoreRows.EVERYONE;

    private final ScoreWriteRepository writer;
    private final HistogramRepository histograms;
    private final EmployeeScoreRepository employees;
    private final RiskRepository risks;

    public ScoreRepository(DSLContext dsl) {
        this.writer = new ScoreWriteRepository(dsl);
        this.histograms = new HistogramRepository(dsl);
        this.employees = new EmployeeScoreRepository(dsl);
        this.risks = new RiskRepository(dsl);
    }

    void insertEmployee(EmployeeRegistered event, long sequence) {
        writer.insertEmployee(event, sequence);
    }

    void changeProfile(EmployeeProfileChanged event, long sequence) {
        writer.changeProfile(event, sequence);
    }

    void changeScore(EmployeeScoreChanged event, long sequence) {
        writer.changeScore(event, sequence);
    }

    void insertSignal(SignalRecorded event) {
        writer.insertSignal(event);
    }

    void disputeSignal(SignalDisputed event) {
        writer.disputeSignal(event);
    }

    void deleteAll() {
        writer.deleteAll();
    }

    ScoreHistogram histogram(TenantId tenantId, String department) {
        return histograms.histogram(tenantId, department);
    }

    SortedMap<String, ScoreHistogram> histogramsByDepartment(TenantId tenantId) {
        return histograms.histogramsByDepartment(tenantId);
    }

    ScoreHistogram histogramAsOf(TenantId tenantId, String scope, Instant asOf) {
        return histograms.histogramAsOf(tenantId, scope, asOf);
    }

    SortedMap<String, ScoreHistogram> histogramsByDepartmentAsOf(TenantId tenantId, Instant asOf) {
        return histograms.histogramsByDepartmentAsOf(tenantId, asOf);
    }

    Optional<ScoreHistogram> snapshotAtOrBefore(TenantId tenantId, String department, LocalDate day) {
        return histograms.snapshotAtOrBefore(tenantId, department, day);
    }

    NavigableMap<LocalDate, ScoreHistogram> snapshots(
            TenantId tenantId, String department, LocalDate from, LocalDate to) {
        return histograms.snapshots(tenantId, department, from, to);
    }

    FindEmployeeScores.Result findEmployeeScores(FindEmployeeScores query) {
        return employees.findEmployeeScores(query);
    }

    Optional<EmployeeScoreView> findEmployee(TenantId tenantId, EmployeeId employeeId) {
        return employees.findEmployee(tenantId, employeeId);
    }

    Optional<EmployeeId> findEmployeeByEmail(TenantId tenantId, String email) {
        return employees.findEmployeeByEmail(tenantId, email);
    }

    List<FindDecayCandidates.Candidate> findDecayCandidates(EmployeeId after, int limit) {
        return employees.findDecayCandidates(after, limit);
    }

    List<FindTopRisks.Risk> findLowestScores(TenantId tenantId, int limit) {
        return risks.findLowestScores(tenantId, limit);
    }

    List<FindTopRisks.Risk> findBiggestDrops(TenantId tenantId, Instant since, int limit) {
        return risks.findBiggestDrops(tenantId, since, limit);
    }
}
