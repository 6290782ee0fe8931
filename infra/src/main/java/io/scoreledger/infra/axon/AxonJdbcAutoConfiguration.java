package io.scoreledger.infra.axon;

import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Axon 4.13 orders its JDBC and transaction auto-configurations after Spring Boot 3 class names that moved in Boot 4,
 * so on Boot 4 they are evaluated before any DataSource or PlatformTransactionManager exists: Axon then silently runs
 * with NoTransactionManager and without a JDBC event store. This re-imports them after Boot 4's DataSource and
 * transaction manager, and before the Axon configurations that need them.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        before = {
            AxonAutoConfiguration.class,
            EventProcessingAutoConfiguration.class,
            NoOpTransactionAutoConfiguration.class
        })
@Import({TransactionAutoConfiguration.class, JdbcAutoConfiguration.class})
public class AxonJdbcAutoConfiguration {}
