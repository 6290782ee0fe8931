package io.scoreledger.infra.employee;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The score decay sweep, which re-scores every employee whose score a signal still moves, as events.
 *
 * @param decaySweepEnabled      false: no sweep runs. Command-line tasks always run with false, so a replay appends
 *                               no events of its own.
 * @param decaySweepInitialDelay Wait after the start before the first sweep.
 * @param decaySweepInterval     Wait between the end of one sweep and the start of the next.
 */
@ConfigurationProperties("scoreledger.scores")
record ScoreProperties(
        @DefaultValue("true") boolean decaySweepEnabled,
        @DefaultValue("PT1M") Duration decaySweepInitialDelay,
        @DefaultValue("PT6H") Duration decaySweepInterval) {}
