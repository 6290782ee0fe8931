package io.scoreledger.query.employee;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.ids.TenantId;
import io.scoreledger.query.support.ReadModelDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (the name does not end in Test): run it with {@code ./mvnw -B -pl query-side -am test
 * -Dtest=AsOfBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.employees=10000 -Dbench.changes=30}. It
 * writes, straight into the read model, a tenant of that many employees with that many score changes each (one a
 * day, as decay would write them) and a department move for every tenth, plus a second tenant of the same size, then
 * times the as-of summary and departments in the middle of the history against the current summary. It prints the
 * figures; it asserts only that the numbers add up.
 */
class AsOfBenchmark {

    private static final TenantId BENCH = new TenantId("cmp_asofbench");
    private static final TenantId NOISE = new TenantId("cmp_asofnoise");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** One connection, as the application's pool would give: the test data source opens one per statement. */
    private final DSLContext dsl = org.jooq.impl.DSL.using(
            ReadModelDatabase.dsl().configuration().connectionProvider().acquire(), org.jooq.SQLDialect.POSTGRES);

    private final ScoreRepository repository = new ScoreRepository(dsl);
    private final ScoreQueryHandler queries = new ScoreQueryHandler(repository, Clock.fixed(START, ZoneOffset.UTC));

    @Test
    void measureAsOfSummary() {
        int employees = Integer.getInteger("bench.employees", 10_000);
        int changes = Integer.getInteger("bench.changes", 30);
        repository.deleteAll();
        for (var tenant : List.of(BENCH, NOISE)) {
            populate(tenant, employees, changes);
        }
        dsl.execute("vacuum analyze read_model.employee, read_model.score_change, read_model.department_change");

        var asOf = START.plusSeconds(86_400L * changes / 2 + 3_600);
        var histogram = queries.handle(new io.scoreledger.employee.queries.GetScoreSummary(BENCH, null, asOf))
                .histogram();
        assertThat(histogram.total()).isEqualTo(employees);

        var summary =
                time(() -> queries.handle(new io.scoreledger.employee.queries.GetScoreSummary(BENCH, null, asOf)));
        var departments =
                time(() -> queries.handle(new io.scoreledger.employee.queries.GetDepartmentScores(BENCH, asOf)));
        var current = time(() -> queries.handle(new io.scoreledger.employee.queries.GetScoreSummary(BENCH, null)));
        System.out.printf(
                "as-of benchmark: %d employees x %d score changes (and a second tenant alike):%n"
                        + "  as-of summary     median %.1f ms, max %.1f ms%n"
                        + "  as-of departments median %.1f ms, max %.1f ms%n"
                        + "  current summary   median %.1f ms, max %.1f ms%n",
                employees, changes, summary[0], summary[1], departments[0], departments[1], current[0], current[1]);
        assertThat(histogram).isNotEqualTo(ScoreHistogram.empty());
        if (Boolean.getBoolean("bench.explain")) {
            dsl.resultQuery("""
                            explain (analyze, buffers)
                            select coalesce(d.department, e.department) as department, s.score, count(*) as employees
                            from read_model.employee e
                            join lateral (
                                select c.score from read_model.score_change c
                                where c.employee_id = e.id and c.changed_at <= {1}
                                order by c.changed_at desc, c.sequence desc
                                limit 1
                            ) s on true
                            left join lateral (
                                select d.department from read_model.department_change d
                                where d.employee_id = e.id and d.changed_at <= {1}
                                order by d.changed_at desc, d.sequence desc
                                limit 1
                            ) d on true
                            where e.company_id = {0}
                            group by 1, 2
                            """, org.jooq.impl.DSL.val(BENCH.value()), org.jooq.impl.DSL.val(asOf))
                    .fetch()
                    .forEach(row -> System.out.println(row.get(0)));
        }
        repository.deleteAll();
    }

    private void populate(TenantId tenant, int employees, int changes) {
        String prefix = "emp_" + tenant.value().substring(4) + "_";
        dsl.execute(
                """
                insert into read_model.employee (id, company_id, email, department, score, band, contribution_factors,
                    contribution_points, last_sequence)
                select {0} || i, {1}, 'e' || i || '@bench.example', 'd' || (i % 20), 50 + (i % 50), 'ORANGE',
                    '{}', '{}', {2}
                from generate_series(1, {3}) i
                """,
                org.jooq.impl.DSL.val(prefix),
                org.jooq.impl.DSL.val(tenant.value()),
                org.jooq.impl.DSL.val((long) changes + 1),
                org.jooq.impl.DSL.val(employees));
        dsl.execute(
                """
                insert into read_model.score_change (employee_id, sequence, company_id, changed_at, score, previous_score)
                select {0} || i, c, {1}, {2}::timestamptz + make_interval(days => c), 100 - ((i + c) % 60), null
                from generate_series(1, {3}) i, generate_series(0, {4} - 1) c
                """,
                org.jooq.impl.DSL.val(prefix),
                org.jooq.impl.DSL.val(tenant.value()),
                org.jooq.impl.DSL.val(START.toString()),
                org.jooq.impl.DSL.val(employees),
                org.jooq.impl.DSL.val(changes));
        dsl.execute(
                """
                insert into read_model.department_change (employee_id, sequence, company_id, changed_at, department)
                select {0} || i, 0, {1}, {2}::timestamptz, 'd' || ((i + 1) % 20)
                from generate_series(1, {3}) i
                union all
                select {0} || i, {4}, {1}, {2}::timestamptz + make_interval(days => {4} / 3), 'd' || (i % 20)
                from generate_series(1, {3}) i where i % 10 = 0
                """,
                org.jooq.impl.DSL.val(prefix),
                org.jooq.impl.DSL.val(tenant.value()),
                org.jooq.impl.DSL.val(START.toString()),
                org.jooq.impl.DSL.val(employees),
                org.jooq.impl.DSL.val(changes));
    }

    /** Median and max over 20 runs after 5 warm-up runs, in milliseconds. */
    private static double[] time(Runnable run) {
        for (int i = 0; i < 5; i++) {
            run.run();
        }
        var millis = new ArrayList<Double>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            run.run();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        return new double[] {millis.get(millis.size() / 2), millis.getLast()};
    }
}
