package io.scoreledger.infra.employee;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.employee.commands.IngestSignals;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.employee.queries.GetEmployeeScore;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Decay is recorded by the sweep as score events, so the log alone explains every score. */
class ScoreDecaySweepTest extends ApplicationTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    ScoreDecaySweep sweep;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void givenAFreshHighClick_whenOneHalfLifeHasPassed_thenTheSweepRecordsHalfTheWeightRestored() throws Exception {
        var tenant = new TenantId(new Directory(api()).company("Decay MSP", "plus"));
        var employee = EmployeeId.mint();
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        IngestSignals.Result result = commands.sendAndWait(new IngestSignals(
                tenant,
                List.of(new IngestSignals.Signal(
                        0,
                        SignalId.mint(),
                        "knowbe4",
                        "decay-1",
                        SignalType.PHISHING_CLICK,
                        Severity.HIGH,
                        now,
                        null,
                        "decaying@decay.example",
                        employee,
                        Map.of())),
                now));
        assertThat(result.ingested()).isEqualTo(1);
        assertThat(awaitScore(tenant, employee, score -> score == 70)).isEqualTo(70);

        clock.advance(Duration.ofDays(30));
        int rescored = sweep.sweep();

        assertThat(rescored).isPositive();
        assertThat(awaitScore(tenant, employee, score -> score == 85)).isEqualTo(85);
        var causes = jdbc.queryForList(
                "select convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ? "
                        + "and payloadtype like '%EmployeeScoreChanged' order by sequencenumber",
                String.class, employee.value());
        assertThat(causes).hasSize(3);
        assertThat(causes.get(2)).contains("\"cause\":\"DECAY\"").contains("\"score\":85");
    }

    private int awaitScore(TenantId tenant, EmployeeId employee, Predicate<Integer> expected)
            throws InterruptedException {
        var deadline = Instant.now().plusSeconds(5);
        int score = -1;
        while (Instant.now().isBefore(deadline)) {
            var found = queries.query(new GetEmployeeScore(tenant, employee), GetEmployeeScore.Result.class)
                    .join()
                    .found();
            if (found.isPresent()) {
                score = found.get().score();
                if (expected.test(score)) {
                    return score;
                }
            }
            Thread.sleep(20);
        }
        return score;
    }
}
