package io.scoreledger.infra.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** Command-line tasks set scoreledger.scores.decay-sweep-enabled=false: a replay then appends no decay events. */
class DecaySweepSwitchTest {

    private final ApplicationContextRunner employees = new ApplicationContextRunner()
            .withUserConfiguration(EmployeeConfiguration.class)
            .withBean(QueryGateway.class, () -> mock(QueryGateway.class))
            .withBean(CommandGateway.class, () -> mock(CommandGateway.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class));

    @Test
    void givenTheSweepDisabled_whenTheEmployeeWiringLoads_thenNoSweepExists() {
        employees
                .withPropertyValues("scoreledger.scores.decay-sweep-enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(ScoreDecaySweep.class);
                });
    }

    @Test
    void givenNoSetting_whenTheEmployeeWiringLoads_thenTheSweepExists() {
        employees.run(context -> assertThat(context).hasSingleBean(ScoreDecaySweep.class));
    }
}
