package io.scoreledger.infra.bench;

import io.scoreledger.infra.database.DurableSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not part of the test suite (its name does not end in Test): the raw insert ceiling with the service's durable
 * settings and with the embedded library's test defaults, for docs/operations/durability.md.
 * {@code ./mvnw -B -pl infra -am test -Dtest=DurabilityCostRun -Dbench.seconds=5}
 */
class DurabilityCostRun {

    @TempDir
    Path workDir;

    @Test
    void run() throws Exception {
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "5"));
        var report = new StringBuilder("\nDURABILITY COST (rows/s)\n");
        for (boolean durable : new boolean[] {true, false}) {
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(workDir.resolve(durable ? "durable" : "test-defaults"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "100");
            try (var postgres = (durable ? DurableSettings.applyTo(builder) : builder).start()) {
                var raw = new RawPostgres(postgres.getJdbcUrl("postgres", "postgres"));
                raw.singleRowInserts(4, Math.min(2, seconds));
                report.append("%-32s single-row c1 %,10.0f  single-row c16 %,10.0f  batches of 100 %,10.0f%n"
                        .formatted(
                                durable ? "fsync, synchronous_commit on" : "zonky defaults (fsync off)",
                                raw.singleRowInserts(1, seconds),
                                raw.singleRowInserts(16, seconds),
                                raw.batchedInserts(100, seconds)));
            }
        }
        System.out.println(report);
    }
}
