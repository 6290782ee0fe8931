package io.scoreledger.query.employee;

import static io.scoreledger.query.employee.ScoreRows.signalType;
import static io.scoreledger.query.jooq.Tables.EMPLOYEE;

import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The employees a tenant should look at first: the lowest scores, or the biggest drops over a window. */
final class RiskRepository {

    private final DSLContext dsl;

    RiskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<FindTopRisks.Risk> findLowestScores(TenantId tenantId, int limit) {
        return dsl
                .select(EMPLOYEE.ID, EMPLOYEE.EMAIL, EMPLOYEE.SCORE, EMPLOYEE.BAND, EMPLOYEE.TOP_RISK_FACTOR)
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
        var records = dsl.resultQuery("""
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
                        """, DSL.val(tenantId.value()), DSL.val(since), DSL.val(limit))
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
}
