package io.scoreledger.api.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.employee.queries.GetScoreTrends;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScoreParametersTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    @Test
    void givenNoDates_whenResolvingTheTrendRange_thenTheLast30DaysUpToToday() {
        var range = ScoreParameters.dateRange(null, null, TODAY);

        assertThat(range.from()).isEqualTo(LocalDate.parse("2026-10-25"));
        assertThat(range.to()).isEqualTo(TODAY);
    }

    @Test
    void givenDateTimes_whenResolving_thenTheirUtcDates() {
        var range = ScoreParameters.dateRange("2026-01-01T23:30:00-02:00", "2026-02-01", TODAY);

        assertThat(range.from()).isEqualTo(LocalDate.parse("2026-01-02"));
    }

    @Test
    void givenBadRanges_whenResolving_thenInvalid() {
        assertThatThrownBy(() -> ScoreParameters.dateRange("2026-02-01", "2026-01-01", TODAY))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ScoreParameters.dateRange("2022-01-01", "2026-01-01", TODAY))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ScoreParameters.dateRange("soon", null, TODAY))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.details()).containsKey("from"));
        assertThat(ScoreParameters.dateRange("2023-01-01", "2026-01-01", TODAY).from())
                .isEqualTo(LocalDate.parse("2023-01-01"));
    }

    @Test
    void givenIntegers_whenOutsideTheirBounds_thenInvalidWithTheParameterNamed() {
        assertThat(ScoreParameters.integer("bucket_size", null, 5, 1, 50)).isEqualTo(5);
        assertThat(ScoreParameters.integer("bucket_size", "50", 5, 1, 50)).isEqualTo(50);
        for (var bad : new String[] {"0", "51", "x", "2.5"}) {
            assertThatThrownBy(() -> ScoreParameters.integer("bucket_size", bad, 5, 1, 50))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.details()).containsKey("bucket_size"));
        }
    }

    @Test
    void givenEnumerations_whenParsed_thenWireNamesOnly() {
        assertThat(ScoreParameters.interval("weekly")).isEqualTo(GetScoreTrends.Interval.WEEKLY);
        assertThatThrownBy(() -> ScoreParameters.interval("hourly")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ScoreParameters.sort("highest")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ScoreParameters.band("blue")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ScoreParameters.dashboardFrom("7d", TODAY)).isInstanceOf(ApiException.class);
        assertThat(ScoreParameters.dashboardFrom("1y", TODAY)).isEqualTo(LocalDate.parse("2025-11-24"));
    }

    @Test
    void givenAsOfDate_whenParsed_thenTheLastMicrosecondOfThatUtcDay() {
        var now = Instant.parse("2026-11-24T10:00:00Z");

        assertThat(ScoreParameters.asOf(null, now)).isNull();
        assertThat(ScoreParameters.asOf(" ", now)).isNull();
        assertThat(ScoreParameters.asOf("2026-11-01", now)).isEqualTo(Instant.parse("2026-11-01T23:59:59.999999Z"));
        assertThat(ScoreParameters.asOf("2026-11-24", now)).isEqualTo(Instant.parse("2026-11-24T23:59:59.999999Z"));
    }

    @Test
    void givenAsOfInstant_whenParsed_thenExactToTheMicrosecond() {
        var now = Instant.parse("2026-11-24T10:00:00Z");

        assertThat(ScoreParameters.asOf("2026-11-24T09:30:00Z", now)).isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
        assertThat(ScoreParameters.asOf("2026-11-24T11:30:00+02:00", now))
                .isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
        assertThat(ScoreParameters.asOf("2026-11-24T09:30:00.123456789Z", now))
                .isEqualTo(Instant.parse("2026-11-24T09:30:00.123456Z"));
        assertThat(ScoreParameters.asOf("2026-11-24T10:00:00Z", now)).isEqualTo(now);
        assertThat(ScoreParameters.asOf("1970-01-01T00:00:00Z", now)).isEqualTo(Instant.parse("1970-01-01T00:00:00Z"));
    }

    @Test
    void givenMalformedOrFutureAsOf_whenParsed_thenInvalidWithAsOfNamed() {
        var now = Instant.parse("2026-11-24T10:00:00Z");
        for (var bad : new String[] {
            "yesterday",
            "2026-13-01",
            "2026-11-24T09:30:00",
            "24.11.2026",
            "2026-11-25",
            "2026-11-24T10:00:00.001Z",
            "+999999999-12-31",
            "2026-11-24T09:30:00 02:00",
            "-5000-01-01T00:00:00Z",
            "-5000-01-01",
            "1969-12-31",
            "1969-12-31T23:59:59Z"
        }) {
            assertThatThrownBy(() -> ScoreParameters.asOf(bad, now))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.details()).containsKey("as_of"));
        }
    }
}
