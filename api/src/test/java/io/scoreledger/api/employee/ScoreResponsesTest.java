package io.scoreledger.api.employee;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.employee.model.ScoringModel;
import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class ScoreResponsesTest {

    private static ScoreHistogram scores(int... values) {
        var counts = new ArrayList<>(Collections.nCopies(101, 0));
        for (int value : values) {
            counts.set(value, counts.get(value) + 1);
        }
        return new ScoreHistogram(counts);
    }

    @Test
    void givenScores_whenSummarized_thenBandsInTheSeedsOrderWithOneDecimalPercentages() {
        var summary = ScoreResponses.summary(scores(100, 85, 70, 10), 72.0);

        assertThat(summary.averageScore()).isEqualTo(66.3);
        assertThat(summary.medianScore()).isEqualTo(70);
        assertThat(summary.totalEmployees()).isEqualTo(4);
        assertThat(summary.bandDistribution()).containsOnlyKeys("green", "yellow", "orange", "red", "critical");
        assertThat(summary.bandDistribution().keySet()).containsExactly("green", "yellow", "orange", "red", "critical");
        assertThat(summary.bandDistribution().get("green")).isEqualTo(new ScoreResponses.BandShare(2, 50.0));
        assertThat(summary.bandDistribution().get("critical")).isEqualTo(new ScoreResponses.BandShare(1, 25.0));
        assertThat(summary.trend()).isEqualTo(new ScoreResponses.Trend("declining", -5.7, "30d"));
    }

    @Test
    void givenNobody_whenSummarized_thenZeroesAndAStableTrend() {
        var summary = ScoreResponses.summary(ScoreHistogram.empty(), null);

        assertThat(summary.bandDistribution().get("green")).isEqualTo(new ScoreResponses.BandShare(0, 0));
        assertThat(summary.trend()).isEqualTo(new ScoreResponses.Trend("stable", 0, "30d"));
    }

    @Test
    void givenSmallChanges_whenTrending_thenStableWithinHalfAPoint() {
        assertThat(ScoreResponses.trend(70.5, 70.0).direction()).isEqualTo("stable");
        assertThat(ScoreResponses.trend(70.6, 70.0).direction()).isEqualTo("improving");
        assertThat(ScoreResponses.trend(69.4, 70.0).direction()).isEqualTo("declining");
    }

    @Test
    void givenHistogram_whenDistributed_thenTheSeedsRanges() {
        var buckets = ScoreResponses.distribution(scores(0, 4, 97, 100), 5).buckets();

        assertThat(buckets).hasSize(20);
        assertThat(buckets.getFirst()).isEqualTo(new ScoreResponses.Bucket("0-4", 2));
        assertThat(buckets.getLast()).isEqualTo(new ScoreResponses.Bucket("95-100", 2));
    }

    @Test
    void givenTheCurrentModel_whenServed_thenEveryTypeWithPointsHalfLifeAndEffect() {
        var model = ScoreResponses.model(ScoringModel.CURRENT);

        assertThat(model.version()).isEqualTo(ScoringModel.CURRENT.version());
        assertThat(model.signalTypes()).hasSize(10);
        assertThat(model.signalTypes().getFirst())
                .isEqualTo(new ScoreResponses.ModelSignalType("phishing_click", 20.0, 30, "risk"));
        assertThat(model.severityFactors()).containsEntry("critical", 2.0);
        assertThat(model.bands().getFirst()).isEqualTo(new ScoreResponses.ModelBand("green", 80, 100, "80-100"));
    }
}
