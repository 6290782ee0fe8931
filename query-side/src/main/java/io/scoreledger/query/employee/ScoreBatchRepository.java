package io.scoreledger.query.employee;

import static io.scoreledger.query.jooq.Tables.EMPLOYEE;
import static io.scoreledger.query.jooq.Tables.SCORE_HISTOGRAM;
import static io.scoreledger.query.jooq.Tables.SCORE_SNAPSHOT;

import io.scoreledger.query.PendingWrites;
import io.scoreledger.query.jooq.tables.records.DepartmentChangeRecord;
import io.scoreledger.query.jooq.tables.records.EmployeeRecord;
import io.scoreledger.query.jooq.tables.records.ScoreChangeRecord;
import io.scoreledger.query.jooq.tables.records.SignalRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.Query;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * The score projection's writes for one batch of events, written in a few multi-row statements when the batch
 * commits instead of several statements per event. Employee rows are read once per batch (all of the batch's
 * employees in one query when the batch is known) and changed in memory; histogram rows are read and locked once per
 * batch and counted in memory; insert-only history rows are collected.
 */
final class ScoreBatchRepository implements PendingWrites.Buffer {

    private static final int ROWS_PER_STATEMENT = 1_000;

    private record HistogramKey(String company, String department) {}

    private record SnapshotKey(String company, String department, LocalDate day) {}

    private final DSLContext dsl;
    private final Map<HistogramKey, Integer[]> histograms = new LinkedHashMap<>();
    private final Map<SnapshotKey, Integer[]> snapshots = new LinkedHashMap<>();
    private final List<ScoreChangeRecord> scoreChanges = new ArrayList<>();
    private final List<DepartmentChangeRecord> departmentChanges = new ArrayList<>();
    private final List<SignalRecord> signals = new ArrayList<>();
    private final Map<String, EmployeeRecord> employees = new HashMap<>();
    private final Map<String, EmployeeRecord> newEmployees = new LinkedHashMap<>();
    private final Set<EmployeeRecord> changedEmployees = new LinkedHashSet<>();

    ScoreBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Reads the rows of these employees that are not read yet, in one query. */
    void readEmployees(Collection<String> ids) {
        var unread =
                ids.stream().filter(id -> !employees.containsKey(id)).distinct().toList();
        if (unread.isEmpty()) {
            return;
        }
        for (var id : unread) {
            employees.put(id, null);
        }
        for (var row : dsl.selectFrom(EMPLOYEE).where(EMPLOYEE.ID.in(unread)).fetch()) {
            employees.put(row.getId(), row);
        }
    }

    /** The employee's row as this batch has left it so far, or null when there is none. */
    EmployeeRecord employee(String id) {
        readEmployees(List.of(id));
        return employees.get(id);
    }

    void insert(EmployeeRecord row) {
        row.changed(true);
        employees.put(row.getId(), row);
        newEmployees.put(row.getId(), row);
    }

    /** The row (from {@link #employee}) was changed; it is written when the batch is. */
    void update(EmployeeRecord row) {
        if (!newEmployees.containsKey(row.getId())) {
            changedEmployees.add(row);
        }
    }

    /** The tenant's (or department's) counts as this batch left them so far; changes to the array are kept. */
    Integer[] histogram(String company, String department, Supplier<Integer[]> stored) {
        return histograms.computeIfAbsent(new HistogramKey(company, department), key -> stored.get());
    }

    void snapshot(String company, String department, LocalDate day, Integer[] counts) {
        snapshots.put(new SnapshotKey(company, department, day), counts.clone());
    }

    void add(ScoreChangeRecord row) {
        scoreChanges.add(row);
    }

    void add(DepartmentChangeRecord row) {
        departmentChanges.add(row);
    }

    void add(SignalRecord row) {
        signals.add(row);
    }

    boolean hasSignals() {
        return !signals.isEmpty();
    }

    /** Writes what is pending and forgets it, so the buffer can be flushed early (before a signal is disputed). */
    @Override
    public void flush() {
        insertInChunks(
                List.copyOf(newEmployees.values()),
                insert -> insert.onConflict(EMPLOYEE.ID).doNothing());
        if (!changedEmployees.isEmpty()) {
            dsl.batchUpdate(changedEmployees).execute();
        }
        newEmployees.clear();
        changedEmployees.clear();
        employees.clear();
        insertInChunks(signals, InsertOnDuplicateStep::onConflictDoNothing);
        insertInChunks(scoreChanges, InsertOnDuplicateStep::onConflictDoNothing);
        insertInChunks(departmentChanges, InsertOnDuplicateStep::onConflictDoNothing);
        signals.clear();
        scoreChanges.clear();
        departmentChanges.clear();
        upsertHistograms();
        upsertSnapshots();
    }

    private void upsertHistograms() {
        if (histograms.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(
                SCORE_HISTOGRAM, SCORE_HISTOGRAM.COMPANY_ID, SCORE_HISTOGRAM.DEPARTMENT, SCORE_HISTOGRAM.COUNTS);
        for (var entry : histograms.entrySet()) {
            insert = insert.values(entry.getKey().company(), entry.getKey().department(), entry.getValue());
        }
        insert.onConflict(SCORE_HISTOGRAM.COMPANY_ID, SCORE_HISTOGRAM.DEPARTMENT)
                .doUpdate()
                .set(SCORE_HISTOGRAM.COUNTS, DSL.excluded(SCORE_HISTOGRAM.COUNTS))
                .execute();
        histograms.clear();
    }

    private void upsertSnapshots() {
        if (snapshots.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(
                SCORE_SNAPSHOT,
                SCORE_SNAPSHOT.COMPANY_ID,
                SCORE_SNAPSHOT.DEPARTMENT,
                SCORE_SNAPSHOT.DAY,
                SCORE_SNAPSHOT.COUNTS);
        for (var entry : snapshots.entrySet()) {
            var key = entry.getKey();
            insert = insert.values(key.company(), key.department(), key.day(), entry.getValue());
        }
        insert.onConflict(SCORE_SNAPSHOT.COMPANY_ID, SCORE_SNAPSHOT.DEPARTMENT, SCORE_SNAPSHOT.DAY)
                .doUpdate()
                .set(SCORE_SNAPSHOT.COUNTS, DSL.excluded(SCORE_SNAPSHOT.COUNTS))
                .execute();
        snapshots.clear();
    }

    private <R extends TableRecord<R>> void insertInChunks(
            List<R> rows, Function<InsertOnDuplicateStep<R>, Query> onConflict) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            var chunk = rows.subList(from, Math.min(from + ROWS_PER_STATEMENT, rows.size()));
            var insert = dsl.insertInto(chunk.getFirst().getTable()).set(chunk.getFirst());
            for (var row : chunk.subList(1, chunk.size())) {
                insert = insert.newRecord().set(row);
            }
            onConflict.apply(insert).execute();
        }
    }
}
