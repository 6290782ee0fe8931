package io.scoreledger.infra.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One DataSource for the event store, token and saga stores and the read models. With no database configured it
 * points at an embedded PostgreSQL whose data directory persists under scoreledger.data-dir, so the service runs with
 * no setup and keeps its events across restarts.
 */
@Configuration
@EnableConfigurationProperties({DataSourceProperties.class, DatabaseProperties.class})
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(NoDatabaseConfigured.class)
    EmbeddedPostgres embeddedPostgres(DatabaseProperties settings) throws IOException {
        Path directory = settings.dataDir().resolve("postgres").toAbsolutePath().normalize();
        int port = settings.embeddedPostgres().port();
        Files.createDirectories(directory);
        OrphanedPostmaster.stopIfRunning(directory);
        var builder = DurableSettings.applyTo(EmbeddedPostgres.builder())
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Spring closes the server after Axon and the pool have stopped; zonky's own JVM hook would race them.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        var postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    // Injected rather than looked up, so Spring knows the pool depends on the server and closes the pool first.
    HikariDataSource dataSource(DataSourceProperties properties, Optional<EmbeddedPostgres> embedded) {
        if (!StringUtils.hasText(properties.getUrl())) {
            var postgres = embedded.orElseThrow();
            properties.setUrl(postgres.getJdbcUrl("postgres", "postgres"));
            properties.setUsername("postgres");
            properties.setPassword("");
        }
        return properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
    }
}
