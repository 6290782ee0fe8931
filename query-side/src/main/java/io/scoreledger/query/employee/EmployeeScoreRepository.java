package io.scoreledger.query.employee;

import static io.scoreledger.query.employee.ScoreRows.departmentOrNull;
import static io.scoreledger.query.employee.ScoreRows.signalType;
import static io.scoreledger.query.jooq.Tables.EMPLOYEE;
import static io.scoreledger.query.jooq.Tables.SIGNAL;
import static org.jooq.impl.DSL.row;

import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.FactorContribution;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.employee.queries.EmployeeScoreView;
import io.scoreledger.employee.queries.FindDecayCandidates;
import io.scoreledger.employee.queries.FindEmployeeScores;
import io.scoreledger.employee.queries.SignalView;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Employees with their scores: one with its signals, a tenant's page by score, and those whose factors decay. */
final class EmployeeScoreRepository {

    private final DSLContext dsl;

    EmployeeScoreRepository(DSLContext dsl) {
        this.dsl = dsl;
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
            conditions.add(
                    EMPLOYEE.SCORE.between(query.band().min(), query.band().max()));
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
                .fetch(row ->
                        new FindDecayCandidates.Candidate(new TenantId(row.value1()), new EmployeeId(row.value2())));
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
}
