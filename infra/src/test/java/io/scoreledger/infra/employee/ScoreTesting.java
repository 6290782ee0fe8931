package io.scoreledger.infra.employee;

import io.scoreledger.infra.support.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Helpers for the score HTTP tests: polling the eventually consistent read models, and the model written out. */
final class ScoreTesting {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private ScoreTesting() {}

    /** Asks again until the answer satisfies the condition or about 5 s have passed; returns the last answer. */
    static HttpApi.Response eventually(Supplier<HttpApi.Response> request, Predicate<HttpApi.Response> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        var response = request.get();
        while (!condition.test(response) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = request.get();
        }
        return response;
    }

    static HttpApi.Response put(HttpApi api, String path, String json) {
        return api.send("PUT", path, json, List.of("Content-Type", "application/json"));
    }

    /**
     * The documented model (docs/scoring.md, version 2026-11-v1), written out again here on purpose rather than
     * read from ScoringModel, so the test checks the service against the documentation and not against itself.
     */
    static final class DocumentedModel {

        static final String VERSION = "2026-11-v1";

        private static final Map<String, double[]> TYPES = Map.of(
                // points, half-life in days, +1 positive / -1 risk
                "phishing_click", new double[] {20, 30, -1},
                "credential_submitted", new double[] {30, 60, -1},
                "malware_detected", new double[] {25, 45, -1},
                "mfa_disabled", new double[] {15, 90, -1},
                "breached_password", new double[] {20, 90, -1},
                "policy_violation", new double[] {10, 60, -1},
                "training_overdue", new double[] {8, 30, -1},
                "training_completed", new double[] {10, 90, 1},
                "phish_reported", new double[] {5, 90, 1},
                "mfa_enabled", new double[] {10, 90, 1});

        private static final Map<String, Double> SEVERITY =
                Map.of("low", 0.5, "medium", 1.0, "high", 1.5, "critical", 2.0);

        record Signal(String type, String severity, Instant occurredAt) {}

        private DocumentedModel() {}

        static double signedWeight(Signal signal, Instant asOf) {
            var type = TYPES.get(signal.type());
            double ageDays = Duration.between(signal.occurredAt(), asOf).toMillis() / 86_400_000.0;
            return type[2] * type[0] * SEVERITY.get(signal.severity()) * Math.pow(0.5, ageDays / type[1]);
        }

        static int score(List<Signal> signals, Instant asOf) {
            double total = 100;
            for (var signal : signals) {
                total += signedWeight(signal, asOf);
            }
            return (int) Math.round(Math.max(0, Math.min(100, total)));
        }

        static String band(int score) {
            if (score >= 80) {
                return "green";
            }
            if (score >= 60) {
                return "yellow";
            }
            if (score >= 40) {
                return "orange";
            }
            return score >= 20 ? "red" : "critical";
        }
    }
}
