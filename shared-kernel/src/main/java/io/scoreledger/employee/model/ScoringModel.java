package io.scoreledger.employee.model;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one place the scoring model's numbers live. A signal of type t and severity s, occurred at o, weighs
 * {@code points(t) × severityFactor(s) × 0.5^(age / halfLife(t))} at time T, where age = T − o (signals from after T
 * weigh nothing). Risk signals subtract their weight, positive ones add it; the score is
 * {@code round(clamp(baseline + Σ, 0, 100))}, so positive signals only restore points lost. Disputed signals weigh
 * nothing. docs/scoring.md explains it; GET /v1/scores/model serves it.
 */
public record ScoringModel(
        String version,
        int baseline,
        Map<SignalType, Double> points,
        Map<SignalType, Duration> halfLives,
        Map<Severity, Double> severityFactors) {

    public static final ScoringModel V1 = new ScoringModel(
            "2026-11-v1",
            100,
            new EnumMap<>(Map.of(
                    SignalType.PHISHING_CLICK, 20.0,
                    SignalType.CREDENTIAL_SUBMITTED, 30.0,
                    SignalType.MALWARE_DETECTED, 25.0,
                    SignalType.MFA_DISABLED, 15.0,
                    SignalType.BREACHED_PASSWORD, 20.0,
                    SignalType.POLICY_VIOLATION, 10.0,
                    SignalType.TRAINING_OVERDUE, 8.0,
                    SignalType.TRAINING_COMPLETED, 10.0,
                    SignalType.PHISH_REPORTED, 5.0,
                    SignalType.MFA_ENABLED, 10.0)),
            new EnumMap<>(Map.of(
                    SignalType.PHISHING_CLICK, Duration.ofDays(30),
                    SignalType.CREDENTIAL_SUBMITTED, Duration.ofDays(60),
                    SignalType.MALWARE_DETECTED, Duration.ofDays(45),
                    SignalType.MFA_DISABLED, Duration.ofDays(90),
                    SignalType.BREACHED_PASSWORD, Duration.ofDays(90),
                    SignalType.POLICY_VIOLATION, Duration.ofDays(60),
                    SignalType.TRAINING_OVERDUE, Duration.ofDays(30),
                    SignalType.TRAINING_COMPLETED, Duration.ofDays(90),
                    SignalType.PHISH_REPORTED, Duration.ofDays(90),
                    SignalType.MFA_ENABLED, Duration.ofDays(90))),
            new EnumMap<>(Map.of(
                    Severity.LOW, 0.5,
                    Severity.MEDIUM, 1.0,
                    Severity.HIGH, 1.5,
                    Severity.CRITICAL, 2.0)));

    public static final ScoringModel CURRENT = V1;

    public ScoringModel {
        points = Map.copyOf(points);
        halfLives = Map.copyOf(halfLives);
        severityFactors = Map.copyOf(severityFactors);
    }
}
