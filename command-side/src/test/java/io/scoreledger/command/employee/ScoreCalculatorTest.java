package io.scoreledger.command.employee;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.employee.model.ScoringModel;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates already stored in events are not checked again; whatever they hold, scoring must not throw. */
class ScoreCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void givenASignalAtTheEarliestInstant_whenScored_thenItHasDecayedAwayInsteadOfOverflowing() {
        var scored = ScoreCalculator.score(
                ScoringModel.V1,
                List.of(
                        new ScoreCalculator.Weighed(SignalType.PHISHING_CLICK, Severity.CRITICAL, Instant.MIN),
                        new ScoreCalculator.Weighed(
                                SignalType.MALWARE_DETECTED, Severity.HIGH, Instant.parse("0000-01-01T00:00:00Z"))),
                NOW);

        assertThat(scored.score()).isEqualTo(100);
    }

    @Test
    void givenAsOfAtTheLatestInstant_whenScored_thenEveryOldSignalHasDecayed() {
        var scored = ScoreCalculator.score(
                ScoringModel.V1,
                List.of(new ScoreCalculator.Weighed(SignalType.PHISHING_CLICK, Severity.CRITICAL, Instant.MIN)),
                Instant.MAX);

        assertThat(scored.score()).isEqualTo(100);
    }
}
