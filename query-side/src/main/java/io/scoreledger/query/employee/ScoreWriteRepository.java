package io.scoreledger.query.employee;

import static io.scoreledger.query.employee.ScoreRows.EVERYONE;
import static io.scoreledger.query.employee.ScoreRows.department;
import static io.scoreledger.query.employee.ScoreRows.zeros;
import static io.scoreledger.query.jooq.Tables.DEPARTMENT_CHANGE;
import static io.scoreledger.query.jooq.Tables.EMPLOYEE;
import static io.scoreledger.query.jooq.Tables.SCORE_CHANGE;
import static io.scoreledger.query.jooq.Tables.SCORE_HISTOGRAM;
import static io.scoreledger.query.jooq.Tables.SCORE_SNAPSHOT;
import static io.scoreledger.query.jooq.Tables.SIGNAL;

import io.scoreledger.employee.events.EmployeeProfileChanged;
import io.scoreledger.employee.events.EmployeeRegistered;
import io.scoreledger.employee.events.EmployeeScoreChanged;
import io.scoreledger.employee.events.SignalDisputed;
import io.scoreledger.employee.events.SignalRecorded;
import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.FactorContribution;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.query.PendingWrites;
import io.scoreledger.query.jooq.tables.records.DepartmentChangeRecord;
import io.scoreledger.query.jooq.tables.records.EmployeeRecord;
import io.scoreledger.query.jooq.tables.records.ScoreChangeRecord;
import io.scoreledger.query.jooq.tables.records.SignalRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.Message;
import org.jooq.DSLContext;

/**
 * Turns the score projection's events into rows: employees' current scores, their signals, histograms per tenant
 * and department with their daily snapshots, and the score and department history. An employee row remembers the
 * last applied sequence of its stream; histogram deltas are applied only when that guarded row update happened, so a
 * redelivered event changes nothing. The rows are collected per batch of events in a {@link ScoreBatchRepository} and
 * written when the batch commits.
 */
final class ScoreWriteRepository {

    private final DSLContext dsl;
    private final PendingWrites<ScoreBatchRepository> pending;

    ScoreWriteRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.pending = new PendingWrites<>("score-projection-writes", messages -> {
            var writes = new ScoreBatchRepository(dsl);
            writes.readEmployees(employeesOf(messages));
            return writes;
        });
    }

    void insertEmployee(EmployeeRegistered event, long sequence) {
        pending.collect(() -> writeInsertEmployee(event, sequence));
    }

    void changeProfile(EmployeeProfileChanged event, long sequence) {
        pending.collect(() -> writeChangeProfile(event, sequence));
    }

    void changeScore(EmployeeScoreChanged event, long sequence) {
        pending.collect(() -> writeChangeScore(event, sequence));
    }

    void insertSignal(SignalRecorded event) {
        pending.collect(() -> writeInsertSignal(event));
    }

    void disputeSignal(SignalDisputed event) {
        pending.collect(() -> writeDisputeSignal(event));
    }

    private void writeInsertEmployee(EmployeeRegistered event, long sequence) {
        var writes = pending.current();
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
        recordDepartment(
                event.employeeId(), sequence, event.tenantId().value(), event.registeredAt(), event.department());
    }

    private void recordDepartment(EmployeeId employeeId, long sequence, String company, Instant at, String department) {
        var row = new DepartmentChangeRecord();
        row.setEmployeeId(employeeId.value());
        row.setSequence(sequence);
        row.setCompanyId(company);
        row.setChangedAt(at);
        row.setDepartment(department(department));
        pending.current().add(row);
    }

    /** The employee's row if this event is news to it (a redelivered or unknown employee's event changes nothing). */
    private Optional<EmployeeRecord> unapplied(EmployeeId employeeId, long sequence) {
        var row = pending.current().employee(employeeId.value());
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
        pending.current().update(row);
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
        row.setContributionFactors(
                contributions.stream().map(c -> c.factor().name()).toArray(String[]::new));
        row.setContributionPoints(
                contributions.stream().map(FactorContribution::points).toArray(Double[]::new));
        row.setTopRiskFactor(
                event.topRiskFactor() == null ? null : event.topRiskFactor().name());
        row.setModelVersion(event.modelVersion());
        row.setScoredAt(event.changedAt());
        row.setLastSequence(sequence);
        pending.current().update(row);
        var history = new ScoreChangeRecord();
        history.setEmployeeId(event.employeeId().value());
        history.setSequence(sequence);
        history.setCompanyId(company);
        history.setChangedAt(event.changedAt());
        history.setScore(event.score());
        history.setPreviousScore(previous);
        pending.current().add(history);
        LocalDate day = day(event.changedAt());
        snapshot(company, EVERYONE, day, adjust(company, EVERYONE, previous, event.score()));
        snapshot(company, department, day, adjust(company, department, previous, event.score()));
    }

    /** Moves one employee from score {@code from} to score {@code to} (either null: enters or leaves). */
    private Integer[] adjust(String company, String department, Integer from, Integer to) {
        Integer[] counts = pending.current()
                .histogram(
                        company,
                        department,
                        () -> dsl.select(SCORE_HISTOGRAM.COUNTS)
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
        pending.current().snapshot(company, department, day, counts);
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
        pending.current().add(row);
    }

    private void writeDisputeSignal(SignalDisputed event) {
        if (pending.current().hasSignals()) {
            pending.current().flush();
        }
        dsl.update(SIGNAL)
                .set(SIGNAL.DISPUTED_AT, event.disputedAt())
                .where(SIGNAL.ID.eq(event.signalId().value()))
                .and(SIGNAL.DISPUTED_AT.isNull())
                .execute();
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

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
