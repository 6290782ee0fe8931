package io.scoreledger.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Axon's JDBC, transaction and Micrometer auto-configurations are excluded here and imported again, ordered after
 * Spring Boot 4's own, by {@link io.scoreledger.infra.axon.AxonJdbcAutoConfiguration} and
 * {@link io.scoreledger.infra.axon.AxonMicrometerAutoConfiguration}.
 */
@SpringBootApplication(
        scanBasePackages = {"io.scoreledger.infra", "io.scoreledger.api"},
        excludeName = {
            "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
            "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
            "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration"
        })
public class ScoreledgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScoreledgerApplication.class, args);
    }
}
