package io.scoreledger.command.employee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.employee.commands.ApplyScoreDecay;
import io.scoreledger.employee.commands.IngestSignals;
import io.scoreledger.employee.events.EmployeeProfileChanged;
import io.scoreledger.employee.events.EmployeeRegistered;
import io.scoreledger.employee.events.EmployeeScoreChanged;
import io.scoreledger.employee.events.EmployeeScoreChanged.Cause;
import io.scoreledger.employee.events.SignalDisputed;
import io.scoreledger.employee.events.SignalRecorded;
import io.scoreledger.employee.model.FactorContribution;
import io.scoreledger.employee.model.ScoringModel;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.UnknownResourceException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;

/** An employee and the signals that make its score. Every score change is an event carrying its explanation. */
class Employee {

    @AggregateIdentifier
    private EmployeeId employeeId;

    private TenantId tenantId;
    private @Nullable String name;
    private @Nullable String department;
    private @Nullable ClientId clientId;
    private int score;
    private List<FactorContribution> contributions = List.of();
    private final Map<SignalId, ScoreCalculator.Weighed> signals = new LinkedHashMap<>();
    private final Set<SignalId> disputed = new HashSet<>();

    Employee() {}

    Employee(
            TenantId tenantId,
            EmployeeId employeeId,
            String email,
            String name,
            String department,
            ClientId clientId,
            Instant at) {
        apply(new EmployeeRegistered(tenantId, employeeId, email, name, department, clientId, at));
        var scored = ScoreCalculator.score(ScoringModel.CURRENT, List.of(), at);
        apply(new EmployeeScoreChanged(
                tenantId,
                employeeId,
                scored.score(),
                scored.band(),
                null,
                department,
                ScoringModel.CURRENT.version(),
                scored.contributions(),
                scored.topRiskFactor(),
                Cause.REGISTERED,
                at));
    }

    void changeProfile(String newName, String newDepartment, ClientId newClientId, Instant at) {
        if (Objects.equals(name, newName)
                && Objects.equals(department, newDepartment)
                && Objects.equals(clientId, newClientId)) {
            return;
        }
        apply(new EmployeeProfileChanged(tenantId, employeeId, newName, newDepartment, newClientId, at));
    }

    void record(IngestSignals.Signal signal, Instant recordedAt) {
        apply(new SignalRecorded(
                tenantId,
                employeeId,
                signal.signalId(),
                signal.source(),
                signal.externalId(),
                signal.type(),
                signal.severity(),
                signal.occurredAt(),
                Map.copyOf(signal.details()),
                recordedAt));
        var asOf = signal.occurredAt().isAfter(recordedAt) ? signal.occurredAt() : recordedAt;
        rescore(Cause.SIGNAL, asOf, false);
    }

    void dispute(SignalId signalId, String reason, Instant at) {
        if (!signals.containsKey(signalId)) {
            throw new UnknownResourceException("Signal not found.");
        }
        if (disputed.contains(signalId)) {
            return;
        }
        apply(new SignalDisputed(tenantId, employeeId, signalId, reason, at));
        rescore(Cause.DISPUTE, at, false);
    }

    @CommandHandler
    void handle(ApplyScoreDecay command) {
        if (!tenantId.equals(command.tenantId())) {
            throw new UnknownResourceException("Employee not found.");
        }
        rescore(Cause.DECAY, command.asOf(), true);
    }

    /** Decay moves every contribution a little all the time; it is recorded only when the score itself moves. */
    private void rescore(Cause cause, Instant asOf, boolean onlyWhenScoreMoves) {
        var counted = signals.entrySet().stream()
                .filter(entry -> !disputed.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        var scored = ScoreCalculator.score(ScoringModel.CURRENT, counted, asOf);
        boolean scoreMoved = scored.score() != score;
        if (onlyWhenScoreMoves
                ? !scoreMoved
                : !scoreMoved && scored.contributions().equals(contributions)) {
            return;
        }
        apply(new EmployeeScoreChanged(
                tenantId,
                employeeId,
                scored.score(),
                scored.band(),
                score,
                department,
                ScoringModel.CURRENT.version(),
                scored.contributions(),
                scored.topRiskFactor(),
                cause,
                asOf));
    }

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employeeId = event.employeeId();
        tenantId = event.tenantId();
        name = event.name();
        department = event.department();
        clientId = event.clientId();
    }

    @EventSourcingHandler
    void on(EmployeeProfileChanged event) {
        name = event.name();
        department = event.department();
        clientId = event.clientId();
    }

    @EventSourcingHandler
    void on(SignalRecorded event) {
        signals.put(event.signalId(), new ScoreCalculator.Weighed(event.type(), event.severity(), event.occurredAt()));
    }

    @EventSourcingHandler
    void on(SignalDisputed event) {
        disputed.add(event.signalId());
    }

    @EventSourcingHandler
    void on(EmployeeScoreChanged event) {
        score = event.score();
        contributions = event.contributions();
    }
}
