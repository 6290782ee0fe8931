package io.scoreledger.employee.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Organization-level findings (SecurityScorecard issues) weigh {@code points(severity) × 0.5^(age / 30 days)}, age
 * counted from the finding's last sighting; the organization score is {@code round(clamp(100 − Σ, 0, 100))}.
 */
public final class OrganizationScoring {

    public static final String VERSION = "org-2026-11-v1";
    public static final Duration HALF_LIFE = Duration.ofDays(30);
    public static final Map<Severity, Double> POINTS =
            Map.of(Severity.LOW, 2.0, Severity.MEDIUM, 5.0, Severity.HIGH, 10.0, Severity.CRITICAL, 20.0);

    public record Finding(Severity severity, Instant lastSeen) {}

    private OrganizationScoring() {}

    public static int score(Collection<Finding> findings, Instant asOf) {
        double total = 0;
        for (var finding : findings) {
            if (finding.severity() == null || finding.lastSeen().isAfter(asOf)) {
                continue;
            }
            double ageDays = Duration.between(finding.lastSeen(), asOf).toMillis() / 86_400_000.0;
            total += POINTS.get(finding.severity()) * Math.pow(0.5, ageDays / (HALF_LIFE.toMillis() / 86_400_000.0));
        }
        return (int) Math.round(Math.max(0, Math.min(100, 100 - total)));
    }
}
