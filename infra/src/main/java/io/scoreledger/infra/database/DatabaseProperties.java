package io.scoreledger.infra.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service keeps its files, and the embedded PostgreSQL it starts when no database is configured.
 *
 * @param dataDir          The service's own directory: the embedded PostgreSQL's data in postgres/, and, when they
 *                         are not configured, the generated operator token (operator-token) and secret-sealing key
 *                         (secret-key), both readable by their owner only. One directory per process.
 * @param embeddedPostgres The embedded PostgreSQL, used when spring.datasource.url is empty.
 */
@ConfigurationProperties("scoreledger")
public record DatabaseProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue EmbeddedPostgres embeddedPostgres) {

    /** @param port Port of the embedded PostgreSQL; 0 means any free port. */
    public record EmbeddedPostgres(@DefaultValue("0") int port) {}
}
