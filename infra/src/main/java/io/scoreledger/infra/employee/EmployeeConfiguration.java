package io.scoreledger.infra.employee;

import io.scoreledger.command.employee.EmployeeCommandModule;
import io.scoreledger.command.organization.KnownDomains;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

@Configuration
@EnableConfigurationProperties(ScoreProperties.class)
class EmployeeConfiguration {

    @Bean
    ConfigurerModule employeeCommandModule(JdbcTemplate jdbc) {
        return new EmployeeCommandModule(new JdbcEmployeeDirectory(jdbc), new JdbcSignalLedger(jdbc));
    }

    @Bean
    KnownDomains employeeDomains(JdbcTemplate jdbc) {
        return new JdbcKnownDomains(jdbc);
    }

    /** Off (scoreledger.scores.decay-sweep-enabled=false) in command-line tasks. */
    @Bean
    @ConditionalOnBooleanProperty(name = "scoreledger.scores.decay-sweep-enabled", matchIfMissing = true)
    ScoreDecaySweep scoreDecaySweep(QueryGateway queries, CommandGateway commands, Clock clock) {
        return new ScoreDecaySweep(queries, commands, clock);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "scoreledger.scores.decay-sweep-enabled", matchIfMissing = true)
    SchedulingConfigurer scoreDecaySweeps(ScoreDecaySweep sweep, ScoreProperties settings) {
        return tasks -> tasks.addFixedDelayTask(
                new FixedDelayTask(sweep::sweep, settings.decaySweepInterval(), settings.decaySweepInitialDelay()));
    }
}
