package io.scoreledger.api.employee;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.FactorContribution;
import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.employee.model.ScoringModel;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.employee.queries.EmployeeScoreView;
import io.scoreledger.employee.queries.FindEmployeeScores;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.employee.queries.GetScoreTrends;
import io.scoreledger.employee.queries.SignalView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The Scores API's bodies, in the seed's snake_case and without the platform envelope. */
final class ScoreResponses {

    /** Bands as the seed lists them, best first. */
    static final List<Band> BAND_ORDER = List.of(Band.GREEN, Band.YELLOW, Band.ORANGE, Band.RED, Band.CRITICAL);

    /** A change in the 30-day average beyond this many points is a trend; anything smaller is stable. */
    static final double TREND_THRESHOLD = 0.5;

    private ScoreResponses() {}

    record Data<T>(List<T> data) {}

    record BandShare(int count, double percentage) {}

    record Trend(String direction, double change, String period) {}

    @Schema(name = "ScoreSummary")
    record Summary(
            @JsonProperty("average_score") double averageScore,
            @JsonProperty("median_score") int medianScore,
            @JsonProperty("total_employees") int totalEmployees,
            @JsonProperty("band_distribution") Map<String, BandShare> bandDistribution,
            Trend trend,

            @JsonProperty("as_of") @JsonInclude(JsonInclude.Include.NON_NULL)
            Instant asOf) {}

    record Departments(
            List<Department> data,

            @JsonProperty("as_of") @JsonInclude(JsonInclude.Include.NON_NULL)
            Instant asOf) {}

    record Department(
            @Nullable String department,
            @JsonProperty("average_score") double averageScore,
            @JsonProperty("employee_count") int employeeCount,
            @JsonProperty("band_distribution") Map<String, BandShare> bandDistribution) {}

    record Bucket(String range, int count) {}

    record Distribution(
            List<Bucket> buckets,

            @JsonProperty("as_of") @JsonInclude(JsonInclude.Include.NON_NULL)
            Instant asOf) {}

    record TrendPoint(
            LocalDate date,
            @JsonProperty("average_score") double averageScore,
            @JsonProperty("median_score") int medianScore,
            @JsonProperty("employee_count") int employeeCount) {}

    record TopRisk(
            @JsonProperty("employee_id") String employeeId,
            String email,
            int score,
            String band,
            @JsonProperty("score_change_30d") int scoreChange30d,
            @JsonProperty("top_risk_factor") @Nullable String topRiskFactor) {}

    record EmployeeRow(
            @JsonProperty("employee_id") String employeeId,
            String email,
            @Nullable String name,
            @Nullable String department,
            int score,
            String band,
            @JsonProperty("top_risk_factor") @Nullable String topRiskFactor) {}

    record EmployeePage(
            List<EmployeeRow> data,
            @JsonProperty("next_cursor") @Nullable String nextCursor) {}

    record Contribution(String factor, double points) {}

    record Signal(
            @JsonProperty("signal_id") String signalId,
            String source,
            @JsonProperty("external_id") @Nullable String externalId,
            String type,
            String severity,
            @JsonProperty("occurred_at") Instant occurredAt,
            boolean disputed,
            @JsonProperty("disputed_at") @Nullable Instant disputedAt) {}

    record EmployeeDetail(
            @JsonProperty("employee_id") String employeeId,
            String email,
            @Nullable String name,
            @Nullable String department,
            @JsonProperty("client_id") @Nullable String clientId,
            int score,
            String band,
            List<Contribution> contributions,
            @JsonProperty("top_risk_factor") @Nullable String topRiskFactor,
            @JsonProperty("model_version") String modelVersion,
            @JsonProperty("scored_at") @Nullable Instant scoredAt,
            List<Signal> signals) {}

    record ModelSignalType(
            String type,
            double points,
            @JsonProperty("half_life_days") long halfLifeDays,
            String effect) {}

    record ModelBand(String band, int min, int max, String range) {}

    record Model(
            String version,
            int baseline,
            String formula,
            @JsonProperty("signal_types") List<ModelSignalType> signalTypes,
            @JsonProperty("severity_factors") Map<String, Double> severityFactors,
            List<ModelBand> bands) {}

    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static Map<String, BandShare> bandDistribution(ScoreHistogram histogram) {
        int total = histogram.total();
        var counts = histogram.bandCounts();
        var shares = new LinkedHashMap<String, BandShare>();
        for (Band band : BAND_ORDER) {
            int count = counts.getOrDefault(band, 0);
            shares.put(band.wireName(), new BandShare(count, total == 0 ? 0 : oneDecimal(count * 100.0 / total)));
        }
        return shares;
    }

    static Summary summary(ScoreHistogram histogram, Double averageThirtyDaysAgo) {
        return summary(histogram, averageThirtyDaysAgo, null);
    }

    /** asOf: the moment the figures stand at, echoed only when the request named one. */
    static Summary summary(ScoreHistogram histogram, Double averageThirtyDaysAgo, Instant asOf) {
        return new Summary(
                histogram.average(),
                histogram.median(),
                histogram.total(),
                bandDistribution(histogram),
                trend(histogram.average(), averageThirtyDaysAgo),
                asOf);
    }

    static Trend trend(double averageNow, Double averageThirtyDaysAgo) {
        if (averageThirtyDaysAgo == null) {
            return new Trend("stable", 0, "30d");
        }
        double change = oneDecimal(averageNow - averageThirtyDaysAgo);
        String direction = change > TREND_THRESHOLD ? "improving" : change < -TREND_THRESHOLD ? "declining" : "stable";
        return new Trend(direction, change, "30d");
    }

    /** Employees without a department are listed with department null. */
    static Department department(String name, ScoreHistogram histogram) {
        return new Department(
                name == null || name.isEmpty() ? null : name,
                histogram.average(),
                histogram.total(),
                bandDistribution(histogram));
    }

    static Distribution distribution(ScoreHistogram histogram, int bucketSize) {
        return distribution(histogram, bucketSize, null);
    }

    static Distribution distribution(ScoreHistogram histogram, int bucketSize, Instant asOf) {
        return new Distribution(
                histogram.buckets(bucketSize).stream()
                        .map(b -> new Bucket(b.from() + "-" + b.to(), b.count()))
                        .toList(),
                asOf);
    }

    static TrendPoint trendPoint(GetScoreTrends.Point point) {
        return new TrendPoint(
                point.date(), oneDecimal(point.averageScore()), point.medianScore(), point.employeeCount());
    }

    static TopRisk topRisk(FindTopRisks.Risk risk) {
        return new TopRisk(
                risk.employeeId().value(),
                risk.email(),
                risk.score(),
                risk.band().wireName(),
                risk.scoreChange30d(),
                wire(risk.topRiskFactor()));
    }

    static EmployeeRow employeeRow(FindEmployeeScores.Row row) {
        return new EmployeeRow(
                row.employeeId().value(),
                row.email(),
                row.name(),
                emptyToNull(row.department()),
                row.score(),
                row.band().wireName(),
                wire(row.topRiskFactor()));
    }

    static EmployeeDetail employeeDetail(EmployeeScoreView view) {
        return new EmployeeDetail(
                view.id().value(),
                view.email(),
                view.name(),
                emptyToNull(view.department()),
                view.clientId() == null ? null : view.clientId().value(),
                view.score(),
                view.band().wireName(),
                view.contributions() == null
                        ? List.of()
                        : view.contributions().stream()
                                .map(ScoreResponses::contribution)
                                .toList(),
                wire(view.topRiskFactor()),
                view.modelVersion(),
                view.scoredAt(),
                view.signals() == null
                        ? List.of()
                        : view.signals().stream().map(ScoreResponses::signal).toList());
    }

    static Model model(ScoringModel model) {
        var types = Arrays.stream(SignalType.values())
                .filter(model.points()::containsKey)
                .map(type -> new ModelSignalType(
                        type.wireName(),
                        model.points().get(type),
                        model.halfLives().get(type).toDays(),
                        type.isRisk() ? "risk" : "positive"))
                .toList();
        var factors = new LinkedHashMap<String, Double>();
        for (Severity severity : Severity.values()) {
            factors.put(severity.wireName(), model.severityFactors().get(severity));
        }
        var bands = BAND_ORDER.stream()
                .map(band -> new ModelBand(band.wireName(), band.min(), band.max(), band.min() + "-" + band.max()))
                .toList();
        return new Model(
                model.version(),
                model.baseline(),
                "weight = points × severity_factor × 0.5^(age_days / half_life_days); "
                        + "score = round(clamp(baseline − Σ risk weights + Σ positive weights, 0, 100)); "
                        + "disputed signals and signals from the future weigh nothing",
                types,
                factors,
                bands);
    }

    private static Contribution contribution(FactorContribution contribution) {
        return new Contribution(contribution.factor().wireName(), contribution.points());
    }

    private static Signal signal(SignalView signal) {
        return new Signal(
                signal.id().value(),
                signal.source(),
                signal.externalId(),
                signal.type().wireName(),
                signal.severity().wireName(),
                signal.occurredAt(),
                signal.disputedAt() != null,
                signal.disputedAt());
    }

    private static String wire(SignalType type) {
        return type == null ? null : type.wireName();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
