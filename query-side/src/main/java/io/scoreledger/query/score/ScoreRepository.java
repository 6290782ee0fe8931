package io.scoreledger.query.score;

import static io.scoreledger.query.jooq.Tables.DEPARTMENT_CHANGE;
import static io.scoreledger.query.jooq.Tables.EMPLOYEE;
import static io.scoreledger.query.jooq.Tables.SCORE_CHANGE;
import static io.scoreledger.query.jooq.Tables.SCORE_HISTOGRAM;
import static io.scoreledger.query.jooq.Tables.SCORE_SNAPSHOT;
import static io.scoreledger.query.jooq.Tables.SIGNAL;
import static org.jooq.impl.DSL.row;

import io.scoreledger.employee.events.EmployeeProfileChanged;
import io.scoreledger.employee.events.EmployeeRegistered;
import io.scoreledger.employee.events.EmployeeScoreChanged;
import io.scoreledger.employee.events.SignalDisputed;
import io.scoreledger.employee.events.SignalRecorded;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.query.jooq.tables.records.DepartmentChangeRecord;
import io.scoreledger.query.jooq.tables.records.EmployeeRecord;
import io.scoreledger.query.jooq.tables.records.ScoreChangeRecord;
import io.scoreledger.query.jooq.tables.records.SignalRecord;
import io.scoreledger.score.model.Band;
import io.scoreledger.score.model.FactorContribution;
import io.scoreledger.score.model.ScoreHistogram;
import io.scoreledger.score.model.Severity;
import io.scoreledger.score.model.SignalType;
import io.scoreledger.score.queries.EmployeeScoreView;
import io.scoreledger.score.queries.FindDecayCandidates;
import io.scoreledger.score.queries.FindEmployeeScores;
import io.scoreledger.score.queries.FindTopRisks;
import io.scoreledger.score.queries.SignalView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Employees' current scores, their signals, score histograms per tenant and department, score history and daily
 * histogram snapshots. An employee row remembers the last applied sequence of its stream; histogram deltas are
 * applied only when that guarded row update happened, so a redelivered event changes nothing. The score and
 * department history (score_change, department_change) are keyed by stream sequence and carry event time, for
 * as-of queries. All of it is written once per batch of events ({@link ScoreBatchRepository}), in the batch's
 * transaction.
 */
public class ScoreRepository {

    /** The histogram department that stands for the whole tenant. */
    static final String EVERYONE = "*";

    private static final String NO_DEPARTMENT = "";

    private final DSLContext dsl;
    private final String pendingWritesKey = "score-projection-writes@" + System.identityHashCode(this);
    private final ThreadLocal<ScoreBatchRepository> directWrites = new ThreadLocal<>();

    public ScoreRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insertEmployee(EmployeeRegistered event, long sequence) {
        inBatch(() -> writeInsertEmployee(event, sequence));
    }

    void changeProfile(EmployeeProfileChanged event, long sequence) {
        inBatch(() -> writeChangeProfile(event, sequence));
    }

    void changeScore(EmployeeScoreChanged event, long sequence) {
        inBatch(() -> writeChangeScore(event, sequence));
    }

    void insertSignal(SignalRecorded event) {
        inBatch(() -> writeInsertSignal(event));
    }

    void disputeSignal(SignalDisputed event) {
        inBatch(() -> writeDisputeSignal(event));
    }

    private void writeInsertEmployee(EmployeeRegistered event, long sequence) {
        var writes = writes();
        if (writes.employee(event.employeeId().value()) == null) {
            var row = new EmployeeRecord();
            row.setId(event.employeeId().value());
            row.setCompanyId(event.tenantId().value());
            row.setEmail(event.email().toLowerCase(Locale.ROOT));
            row.setName(event.name());
            row.setDepartment(department(event.department()));
            row.setClientId(event.clientId() == null ? null : event.clientId().value());
            row.setContributionFactors(new String[0]);
            row.setContributionPoints(new Double[0]);
            row.setLastSequence(sequence);
            writes.insert(row);
        }
        recordDepartment(event.employeeId(), sequence, event.tenantId().value(), event.registeredAt(), event.department());
    }

    private void recordDepartment(EmployeeId employeeId, long sequence, String company, Instant at, String department) {
        var row = new DepartmentChangeRecord();
        row.setEmployeeId(employeeId.value());
        row.setSequence(sequence);
        row.setCompanyId(company);
        row.setChangedAt(at);
        row.setDepartment(department(department));
        writes().add(row);
    }

    /** The employee's row if this event is news to it (a redelivered or unknown employee's event changes nothing). */
    private Optional<EmployeeRecord> unapplied(EmployeeId employeeId, long sequence) {
        var row = writes().employee(employeeId.value());
        return row == null || row.getLastSequence() >= sequence ? Optional.empty() : Optional.of(row);
    }

    private void writeChangeProfile(EmployeeProfileChanged event, long sequence) {
        var found = unapplied(event.employeeId(), sequence);
        if (found.isEmpty()) {
            return;
        }
        var row = found.get();
        String company = row.getCompanyId();
        String oldDepartment = row.getDepartment();
        Integer score = row.getScore();
        String newDepartment = department(event.department());
        row.setName(event.name());
        row.setDepartment(newDepartment);
        row.setClientId(event.clientId() == null ? null : event.clientId().value());
        row.setLastSequence(sequence);
        writes().update(row);
        if (oldDepartment.equals(newDepartment)) {
            return;
        }
        recordDepartment(event.employeeId(), sequence, company, event.changedAt(), event.department());
        if (score == null) {
            return;
        }
        LocalDate day = day(event.changedAt());
        snapshot(company, oldDepartment, day, adjust(company, oldDepartment, score, null));
        snapshot(company, newDepartment, day, adjust(company, newDepartment, null, score));
    }

    private void writeChangeScore(EmployeeScoreChanged event, long sequence) {
        var found = unapplied(event.employeeId(), sequence);
        if (found.isEmpty()) {
            return;
        }
        var row = found.get();
        String company = row.getCompanyId();
        String department = row.getDepartment();
        Integer previous = row.getScore();
        var contributions = event.contributions() == null ? List.<FactorContribution>of() : event.contributions();
        row.setScore(event.score());
        row.setBand((event.band() == null ? Band.of(event.score()) : event.band()).name());
        row.setContributionFactors(contributions.stream().map(c -> c.factor().name()).toArray(String[]::new));
        row.setContributionPoints(contributions.stream().map(FactorContribution::points).toArray(Double[]::new));
        row.setTopRiskFactor(event.topRiskFactor() == null ? null : event.topRiskFactor().name());
        row.setModelVersion(event.modelVersion());
        row.setScoredAt(event.changedAt());
        row.setLastSequence(sequence);
        writes().update(row);
        var history = new ScoreChangeRecord();
        history.setEmployeeId(event.employeeId().value());
        history.setSequence(sequence);
        history.setCompanyId(company);
        history.setChangedAt(event.changedAt());
        history.setScore(event.score());
        history.setPreviousScore(previous);
        writes().add(history);
        LocalDate day = day(event.changedAt());
        snapshot(company, EVERYONE, day, adjust(company, EVERYONE, previous, event.score()));
        snapshot(company, department, day, adjust(company, department, previous, event.score()));
    }

    /** Moves one employee from score {@code from} to score {@code to} (either null: enters or leaves). */
    private Integer[] adjust(String company, String department, Integer from, Integer to) {
        Integer[] counts = writes().histogram(company, department, () -> dsl.select(SCORE_HISTOGRAM.COUNTS)
                .from(SCORE_HISTOGRAM)
                .where(SCORE_HISTOGRAM.COMPANY_ID.eq(company))
                .and(SCORE_HISTOGRAM.DEPARTMENT.eq(department))
                .forUpdate()
                .fetchOptional(SCORE_HISTOGRAM.COUNTS)
                .orElseGet(() -> zeros()));
        if (from != null) {
            counts[from] = counts[from] - 1;
        }
        if (to != null) {
            counts[to] = counts[to] + 1;
        }
        return counts;
    }

    private void snapshot(String company, String department, LocalDate day, Integer[] counts) {
        writes().snapshot(company, department, day, counts);
    }

    private void writeInsertSignal(SignalRecorded event) {
        var row = new SignalRecord();
        row.setId(event.signalId().value());
        row.setEmployeeId(event.employeeId().value());
        row.setCompanyId(event.tenantId().value());
        row.setSource(event.source());
        row.setExternalId(event.externalId());
        row.setType(event.type().name());
        row.setSeverity(event.severity().name());
        row.setOccurredAt(event.occurredAt());
        row.setRecordedAt(event.recordedAt());
        writes().add(row);
    }

    private void writeDisputeSignal(SignalDisputed event) {
        if (writes().hasSignals()) {
            writes().flush();
        }
        dsl.update(SIGNAL)
                .set(SIGNAL.DISPUTED_AT, event.disputedAt())
                .where(SIGNAL.ID.eq(event.signalId().value()))
                .and(SIGNAL.DISPUTED_AT.isNull())
                .execute();
    }

    private void inBatch(Runnable change) {
        if (CurrentUnitOfWork.isStarted()) {
            change.run();
            return;
        }
        var pending = new ScoreBatchRepository(dsl);
        directWrites.set(pending);
        try {
            change.run();
            pending.flush();
        } finally {
            directWrites.remove();
        }
    }

    /**
     * The pending writes of the batch being handled: one per unit of work, written when it prepares to commit, in the
     * same transaction as the processor's token. Outside a unit of work (direct calls) there is no batch to wait for,
     * so {@link #inBatch} writes them when the call ends.
     */
    private ScoreBatchRepository writes() {
        if (!CurrentUnitOfWork.isStarted()) {
            return directWrites.get();
        }
        var unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(pendingWritesKey, key -> {
            var pending = new ScoreBatchRepository(dsl);
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
                pending.readEmployees(employeesOf(batch.getMessages()));
            }
            unitOfWork.onPrepareCommit(committing -> pending.flush());
            return pending;
        });
    }

    private static List<String> employeesOf(List<? extends Message<?>> messages) {
        var ids = new ArrayList<String>();
        for (var message : messages) {
            switch (message.getPayload()) {
                case EmployeeRegistered event -> ids.add(event.employeeId().value());
                case EmployeeProfileChanged event -> ids.add(event.employeeId().value());
                case EmployeeScoreChanged event -> ids.add(event.employeeId().value());
                default -> {}
            }
        }
        return ids;
    }

    void deleteAll() {
        dsl.deleteFrom(DEPARTMENT_CHANGE).execute();
        dsl.deleteFrom(SCORE_SNAPSHOT).execute();
        dsl.deleteFrom(SCORE_CHANGE).execute();
        dsl.deleteFrom(SCORE_HISTOGRAM).execute();
        dsl.deleteFrom(SIGNAL).execute();
        dsl.deleteFrom(EMPLOYEE).execute();
    }

    ScoreHistogram histogram(TenantId tenantId, String department) {
        return dsl.select(SCORE_HISTOGRAM.COUNTS)
                .from(SCORE_HISTOGRAM)
                .where(SCORE_HISTOGRAM.COMPANY_ID.eq(tenantId.value()))
                .and(SCORE_HISTOGRAM.DEPARTMENT.eq(department))
                .fetchOptional(SCORE_HISTOGRAM.COUNTS)
                .map(ScoreRepository::histogram)
                .orElseGet(ScoreHistogram::empty);
    }

    /** Departments that have at least one scored employee now. */
    SortedMap<String, ScoreHistogram> histogramsByDepartment(TenantId tenantId) {
        var byDepartment = new TreeMap<String, ScoreHistogram>();
        dsl.select(SCORE_HISTOGRAM.DEPARTMENT, SCORE_HISTOGRAM.COUNTS)
                .from(SCORE_HISTOGRAM)
                .where(SCORE_HISTOGRAM.COMPANY_ID.eq(tenantId.value()))
                .and(SCORE_HISTOGRAM.DEPARTMENT.ne(EVERYONE))
                .forEach(row -> {
                    var histogram = histogram(row.value2());
                    if (histogram.total() > 0) {
                        byDepartment.put(row.value1(), histogram);
                    }
                });
        return byDepartment;
    }

    /**
     * The histogram of {@code scope} ({@link #EVERYONE} or a department) as it stood at {@code asOf}: each employee
     * of the tenant with the last score they held at or before it; for a department, those in it then. Employees not
     * scored by then are left out. One index probe per employee of the tenant (two for a department), whatever the
     * length of the history.
     */
    ScoreHistogram histogramAsOf(TenantId tenantId, String scope, Instant asOf) {
        var counts = zeros();
        boolean everyone = EVERYONE.equals(scope);
        for (var row : scoresAsOf(tenantId, asOf, !everyone).fetch()) {
            if (everyone || scope.equals(row.get("department", String.class))) {
                counts[row.get("score", Integer.class)] += row.get("employees", Integer.class);
            }
        }
        return histogram(counts);
    }

    /** Departments that had at least one scored employee at {@code asOf}, each with the histogram it had then. */
    SortedMap<String, ScoreHistogram> histogramsByDepartmentAsOf(TenantId tenantId, Instant asOf) {
        var counts = new TreeMap<String, Integer[]>();
        scoresAsOf(tenantId, asOf, true).fetch().forEach(row -> {
            var bucket = counts.computeIfAbsent(row.get("department", String.class), ignored -> zeros());
            bucket[row.get("score", Integer.class)] += row.get("employees", Integer.class);
        });
        var histograms = new TreeMap<String, ScoreHistogram>();
        counts.forEach((department, bucket) -> histograms.put(department, histogram(bucket)));
        return histograms;
    }

    /** How many employees held each score at {@code asOf}, by the department they were in then if asked. */
    private ResultQuery<Record> scoresAsOf(TenantId tenantId, Instant asOf, boolean byDepartment) {
        String department = byDepartment
                ? """
                  left join lateral (
                      select d.department from read_model.department_change d
                      where d.employee_id = e.id and d.changed_at <= {1}
                      order by d.changed_at desc, d.sequence desc
                      limit 1
                  ) d on true
                  """
                : "";
        return dsl.resultQuery(
                """
                select %s as department, s.score, count(*) as employees
                from read_model.employee e
                join lateral (
                    select c.score from read_model.score_change c
                    where c.employee_id = e.id and c.changed_at <= {1}
                    order by c.changed_at desc, c.sequence desc
                    limit 1
                ) s on true
                %s
                where e.company_id = {0}
                group by 1, 2
                """
                        .formatted(byDepartment ? "coalesce(d.department, e.department)" : "''", department),
                DSL.val(tenantId.value()),
                DSL.val(asOf));
    }

    Optional<ScoreHistogram> snapshotAtOrBefore(TenantId tenantId, String department, LocalDate day) {
        return dsl.select(SCORE_SNAPSHOT.COUNTS)
                .from(SCORE_SNAPSHOT)
                .where(SCORE_SNAPSHOT.COMPANY_ID.eq(tenantId.value()))
                .and(SCORE_SNAPSHOT.DEPARTMENT.eq(department))
                .and(SCORE_SNAPSHOT.DAY.le(day))
                .orderBy(SCORE_SNAPSHOT.DAY.desc())
                .limit(1)
                .fetchOptional(SCORE_SNAPSHOT.COUNTS)
                .map(ScoreRepository::histogram);
    }

    /** The snapshots from the last one at or before {@code from} up to {@code to}, by day. */
    NavigableMap<LocalDate, ScoreHistogram> snapshots(TenantId tenantId, String department, LocalDate from, LocalDate to) {
        var snapshots = new TreeMap<LocalDate, ScoreHistogram>();
        Condition scope = SCORE_SNAPSHOT.COMPANY_ID.eq(tenantId.value()).and(SCORE_SNAPSHOT.DEPARTMENT.eq(department));
        dsl.select(SCORE_SNAPSHOT.DAY, SCORE_SNAPSHOT.COUNTS)
                .from(SCORE_SNAPSHOT)
                .where(scope)
                .and(SCORE_SNAPSHOT.DAY.le(from))
                .orderBy(SCORE_SNAPSHOT.DAY.desc())
                .limit(1)
                .forEach(row -> snapshots.put(row.value1(), histogram(row.value2())));
        dsl.select(SCORE_SNAPSHOT.DAY, SCORE_SNAPSHOT.COUNTS)
                .from(SCORE_SNAPSHOT)
                .where(scope)
                .and(SCORE_SNAPSHOT.DAY.gt(from))
                .and(SCORE_SNAPSHOT.DAY.le(to))
                .orderBy(SCORE_SNAPSHOT.DAY)
                .forEach(row -> snapshots.put(row.value1(), histogram(row.value2())));
        return snapshots;
    }

    FindEmployeeScores.Result findEmployeeScores(FindEmployeeScores query) {
        if (query.limit() < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + query.limit());
        }
        var conditions = new ArrayList<Condition>();
        conditions.add(EMPLOYEE.COMPANY_ID.eq(query.tenantId().value()));
        conditions.add(EMPLOYEE.SCORE.isNotNull());
        if (query.department() != null) {
            conditions.add(EMPLOYEE.DEPARTMENT.eq(query.department()));
        }
        if (query.band() != null) {
            conditions.add(EMPLOYEE.SCORE.between(query.band().min(), query.band().max()));
        }
        if (query.after() != null) {
            var cursor = Cursor.decode(query.after());
            conditions.add(row(EMPLOYEE.SCORE, EMPLOYEE.ID).gt(cursor.score(), cursor.id()));
        }
        var rows = dsl.select(
                        EMPLOYEE.ID,
                        EMPLOYEE.EMAIL,
                        EMPLOYEE.NAME,
                        EMPLOYEE.DEPARTMENT,
                        EMPLOYEE.SCORE,
                        EMPLOYEE.BAND,
                        EMPLOYEE.TOP_RISK_FACTOR)
                .from(EMPLOYEE)
                .where(conditions)
                .orderBy(EMPLOYEE.SCORE, EMPLOYEE.ID)
                .limit(query.limit() + 1)
                .fetch(row -> new FindEmployeeScores.Row(
                        new EmployeeId(row.value1()),
                        row.value2(),
                        row.value3(),
                        departmentOrNull(row.value4()),
                        row.value5(),
                        Band.valueOf(row.value6()),
                        signalType(row.value7())));
        if (rows.size() <= query.limit()) {
            return new FindEmployeeScores.Result(rows, null);
        }
        var page = rows.subList(0, query.limit());
        var last = page.getLast();
        return new FindEmployeeScores.Result(
                List.copyOf(page), new Cursor(last.score(), last.employeeId().value()).encode());
    }

    List<FindTopRisks.Risk> findLowestScores(TenantId tenantId, int limit) {
        return dsl.select(EMPLOYEE.ID, EMPLOYEE.EMAIL, EMPLOYEE.SCORE, EMPLOYEE.BAND, EMPLOYEE.TOP_RISK_FACTOR)
                .from(EMPLOYEE)
                .where(EMPLOYEE.COMPANY_ID.eq(tenantId.value()))
                .and(EMPLOYEE.SCORE.isNotNull())
                .orderBy(EMPLOYEE.SCORE, EMPLOYEE.ID)
                .limit(limit)
                .fetch()
                .map(row -> risk(row, 0))
                .stream()
                .toList();
    }

    /**
     * Employees by their change over the window (current score minus the score held at {@code since}, or the first
     * score held inside the window if they had none then), most negative first; ties by score, then id. Only
     * employees scored inside the window are looked at individually; everyone else changed by 0 and comes from the
     * score index, so the cost follows the changes in the window and the limit, not the size of the tenant.
     */
    List<FindTopRisks.Risk> findBiggestDrops(TenantId tenantId, Instant since, int limit) {
        var records = dsl.resultQuery(
                        """
                        with baseline as (
                            select distinct on (employee_id) employee_id, coalesce(previous_score, score) as score_then
                            from read_model.score_change
                            where company_id = {0} and changed_at > {1}
                            order by employee_id, sequence
                        ),
                        moved as (
                            select e.id, e.email, e.score, e.band, e.top_risk_factor, e.score - b.score_then as change
                            from baseline b join read_model.employee e on e.id = b.employee_id
                            where e.score is not null
                        )
                        select id, email, score, band, top_risk_factor, change from (
                            (select * from moved where change < 0 order by change, score, id limit {2})
                            union all
                            (select e.id, e.email, e.score, e.band, e.top_risk_factor, 0 as change
                             from read_model.employee e
                             where e.company_id = {0} and e.score is not null
                               and not exists (select 1 from moved m where m.id = e.id and m.change <> 0)
                             order by e.score, e.id limit {2})
                            union all
                            (select * from moved where change > 0 order by change, score, id limit {2})
                        ) risks
                        order by change, score, id
                        limit {2}
                        """,
                        DSL.val(tenantId.value()),
                        DSL.val(since),
                        DSL.val(limit))
                .fetch();
        return records.stream()
                .map(row -> risk(row, row.get("change", Integer.class)))
                .toList();
    }

    private static FindTopRisks.Risk risk(Record row, int change) {
        return new FindTopRisks.Risk(
                new EmployeeId(row.get(EMPLOYEE.ID.getName(), String.class)),
                row.get(EMPLOYEE.EMAIL.getName(), String.class),
                row.get(EMPLOYEE.SCORE.getName(), Integer.class),
                Band.valueOf(row.get(EMPLOYEE.BAND.getName(), String.class)),
                change,
                signalType(row.get(EMPLOYEE.TOP_RISK_FACTOR.getName(), String.class)));
    }

    Optional<EmployeeScoreView> findEmployee(TenantId tenantId, EmployeeId employeeId) {
        return dsl.selectFrom(EMPLOYEE)
                .where(EMPLOYEE.COMPANY_ID.eq(tenantId.value()))
                .and(EMPLOYEE.ID.eq(employeeId.value()))
                .and(EMPLOYEE.SCORE.isNotNull())
                .fetchOptional()
                .map(row -> {
                    var contributions = new ArrayList<FactorContribution>();
                    for (int i = 0; i < row.getContributionFactors().length; i++) {
                        contributions.add(new FactorContribution(
                                SignalType.valueOf(row.getContributionFactors()[i]), row.getContributionPoints()[i]));
                    }
                    return new EmployeeScoreView(
                            employeeId,
                            row.getEmail(),
                            row.getName(),
                            departmentOrNull(row.getDepartment()),
                            row.getClientId() == null ? null : new ClientId(row.getClientId()),
                            row.getScore(),
                            Band.valueOf(row.getBand()),
                            List.copyOf(contributions),
                            signalType(row.getTopRiskFactor()),
                            row.getModelVersion(),
                            row.getScoredAt(),
                            signals(employeeId));
                });
    }

    private List<SignalView> signals(EmployeeId employeeId) {
        return dsl.selectFrom(SIGNAL)
                .where(SIGNAL.EMPLOYEE_ID.eq(employeeId.value()))
                .orderBy(SIGNAL.OCCURRED_AT.desc(), SIGNAL.ID.desc())
                .fetch(row -> new SignalView(
                        new SignalId(row.getId()),
                        row.getSource(),
                        row.getExternalId(),
                        SignalType.valueOf(row.getType()),
                        Severity.valueOf(row.getSeverity()),
                        row.getOccurredAt(),
                        row.getDisputedAt()));
    }

    Optional<EmployeeId> findEmployeeByEmail(TenantId tenantId, String email) {
        return dsl.select(EMPLOYEE.ID)
                .from(EMPLOYEE)
                .where(EMPLOYEE.COMPANY_ID.eq(tenantId.value()))
                .and(EMPLOYEE.EMAIL.eq(email.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(EMPLOYEE.ID)
                .map(EmployeeId::new);
    }

    List<FindDecayCandidates.Candidate> findDecayCandidates(EmployeeId after, int limit) {
        return dsl.select(EMPLOYEE.COMPANY_ID, EMPLOYEE.ID)
                .from(EMPLOYEE)
                .where(DSL.condition("cardinality({0}) > 0", EMPLOYEE.CONTRIBUTION_FACTORS))
                .and(after == null ? DSL.trueCondition() : EMPLOYEE.ID.gt(after.value()))
                .orderBy(EMPLOYEE.ID)
                .limit(limit)
                .fetch(row -> new FindDecayCandidates.Candidate(new TenantId(row.value1()), new EmployeeId(row.value2())));
    }

    /** The opaque position of a row in score, id order: base64url of "score:id". */
    record Cursor(int score, String id) {

        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((score + ":" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int colon = text.indexOf(':');
                return new Cursor(Integer.parseInt(text.substring(0, colon)), text.substring(colon + 1));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("Not a cursor this API issued: " + cursor, e);
            }
        }
    }

    static String department(String department) {
        return department == null ? NO_DEPARTMENT : department;
    }

    private static String departmentOrNull(String department) {
        return department.isEmpty() ? null : department;
    }

    private static SignalType signalType(String name) {
        return name == null ? null : SignalType.valueOf(name);
    }

    private static ScoreHistogram histogram(Integer[] counts) {
        return new ScoreHistogram(Arrays.asList(counts));
    }

    private static Integer[] zeros() {
        var zeros = new Integer[101];
        Arrays.fill(zeros, 0);
        return zeros;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
