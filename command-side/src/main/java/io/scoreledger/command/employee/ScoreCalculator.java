package io.scoreledger.command.employee;

import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.FactorContribution;
import io.scoreledger.employee.model.ScoringModel;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;

/** The scoring model as a pure function: the same signals and moment always give the same score. */
final class ScoreCalculator {

    record Weighed(SignalType type, Severity severity, Instant occurredAt) {}

    record Scored(int score, Band band, List<FactorContribution> contributions, SignalType topRiskFactor) {}

    private ScoreCalculator() {}

    static Scored score(ScoringModel model, Collection<Weighed> signals, Instant asOf) {
        var byType = new EnumMap<SignalType, Double>(SignalType.class);
        for (var signal : signals) {
            if (signal.occurredAt().isAfter(asOf)) {
                continue;
            }
            double weight = weight(model, signal, asOf);
            byType.merge(signal.type(), signal.type().isRisk() ? -weight : weight, Double::sum);
        }
        double total = model.baseline();
        var contributions = new ArrayList<FactorContribution>();
        SignalType topRisk = null;
        double worst = 0;
        for (var entry : byType.entrySet()) {
            total += entry.getValue();
            double rounded = Math.round(entry.getValue() * 10) / 10.0;
            if (rounded != 0) {
                contributions.add(new FactorContribution(entry.getKey(), rounded));
            }
            if (entry.getValue() < worst) {
                worst = entry.getValue();
                topRisk = entry.getKey();
            }
        }
        int score = (int) Math.round(Math.max(0, Math.min(100, total)));
        return new Scored(score, Band.of(score), List.copyOf(contributions), topRisk);
    }

    /**
     * The age is taken in seconds, which cannot overflow between any two instants (milliseconds can: an event stored
     * before the edge checked dates may hold year -999999999), and a signal that old has simply decayed to nothing.
     */
    static double weight(ScoringModel model, Weighed signal, Instant asOf) {
        var age = Duration.between(signal.occurredAt(), asOf);
        double ageDays = (age.getSeconds() + age.getNano() / 1e9) / 86_400.0;
        double halfLifeDays = model.halfLives().get(signal.type()).toMillis() / 86_400_000.0;
        return model.points().get(signal.type())
                * model.severityFactors().get(signal.severity())
                * Math.pow(0.5, ageDays / halfLifeDays);
    }
}
