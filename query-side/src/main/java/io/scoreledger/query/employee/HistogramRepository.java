package io.scoreledger.query.employee;

import static io.scoreledger.query.employee.ScoreRows.EVERYONE;
import static io.scoreledger.query.employee.ScoreRows.zeros;
import static io.scoreledger.query.jooq.Tables.SCORE_HISTOGRAM;
import static io.scoreledger.query.jooq.Tables.SCORE_SNAPSHOT;

import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Score histograms of a tenant and its departments: as they are now, as they stood at an earlier instant (from the
 * score and department history), and the daily snapshots a trend is drawn from.
 */
final class HistogramRepository {

    private final DSLContext dsl;

    HistogramRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ScoreHistogram histogram(TenantId tenantId, String department) {
        return dsl.select(SCORE_HISTOGRAM.COUNTS)
                .from(SCORE_HISTOGRAM)
                .where(SCORE_HISTOGRAM.COMPANY_ID.eq(tenantId.value()))
                .and(SCORE_HISTOGRAM.DEPARTMENT.eq(department))
                .fetchOptional(SCORE_HISTOGRAM.COUNTS)
                .map(ScoreRows::histogram)
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
                    var histogram = ScoreRows.histogram(row.value2());
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
        return ScoreRows.histogram(counts);
    }

    /** Departments that had at least one scored employee at {@code asOf}, each with the histogram it had then. */
    SortedMap<String, ScoreHistogram> histogramsByDepartmentAsOf(TenantId tenantId, Instant asOf) {
        var counts = new TreeMap<String, Integer[]>();
        scoresAsOf(tenantId, asOf, true).fetch().forEach(row -> {
            var bucket = counts.computeIfAbsent(row.get("department", String.class), ignored -> zeros());
            bucket[row.get("score", Integer.class)] += row.get("employees", Integer.class);
        });
        var histograms = new TreeMap<String, ScoreHistogram>();
        counts.forEach((department, bucket) -> histograms.put(department, ScoreRows.histogram(bucket)));
        return histograms;
    }

    /** How many employees held each score at {@code asOf}, by the department they were in then if asked. */
    private ResultQuery<Record> scoresAsOf(TenantId tenantId, Instant asOf, boolean byDepartment) {
        String department = byDepartment ? """
                  left join lateral (
                      select d.department from read_model.department_change d
                      where d.employee_id = e.id and d.changed_at <= {1}
                      order by d.changed_at desc, d.sequence desc
                      limit 1
                  ) d on true
                  """ : "";
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
                """.formatted(byDepartment ? "coalesce(d.department, e.department)" : "''", department),
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
                .map(ScoreRows::histogram);
    }

    /** The snapshots from the last one at or before {@code from} up to {@code to}, by day. */
    NavigableMap<LocalDate, ScoreHistogram> snapshots(
            TenantId tenantId, String department, LocalDate from, LocalDate to) {
        var snapshots = new TreeMap<LocalDate, ScoreHistogram>();
        Condition scope = SCORE_SNAPSHOT.COMPANY_ID.eq(tenantId.value()).and(SCORE_SNAPSHOT.DEPARTMENT.eq(department));
        dsl.select(SCORE_SNAPSHOT.DAY, SCORE_SNAPSHOT.COUNTS)
                .from(SCORE_SNAPSHOT)
                .where(scope)
                .and(SCORE_SNAPSHOT.DAY.le(from))
                .orderBy(SCORE_SNAPSHOT.DAY.desc())
                .limit(1)
                .forEach(row -> snapshots.put(row.value1(), ScoreRows.histogram(row.value2())));
        dsl.select(SCORE_SNAPSHOT.DAY, SCORE_SNAPSHOT.COUNTS)
                .from(SCORE_SNAPSHOT)
                .where(scope)
                .and(SCORE_SNAPSHOT.DAY.gt(from))
                .and(SCORE_SNAPSHOT.DAY.le(to))
                .orderBy(SCORE_SNAPSHOT.DAY)
                .forEach(row -> snapshots.put(row.value1(), ScoreRows.histogram(row.value2())));
        return snapshots;
    }
}
