package io.scoreledger.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark at toy sizes, so CI proves it still runs end to end; its numbers mean nothing and are not checked. */
class PerformanceBenchmarkSmokeTest {

    @TempDir
    Path workDir;

    @Test
    void givenToySizes_whenTheBenchmarkRuns_thenEveryMeasureIsReportedInTheTableAndTheJson() throws Exception {
        var output = workDir.resolve("performance-benchmark.json");
        var benchmark = new PerformanceBenchmark(new PerformanceBenchmark.Settings(
                0.3, 40, 20, 2, List.of(30, 60), 2, 3, workDir.resolve("work"), output));

        benchmark.run();

        var table = benchmark.table();
        System.out.println(table);
        assertThat(table)
                .contains("Raw PostgreSQL single-row inserts, 16 connections")
                .contains("Ingest one signal, concurrency 16")
                .contains("Batch ingestion, batches of 20")
                .contains("Projection lag at half load")
                .contains("Replay of score-projection")
                .contains("/api/v1/dashboard/summary at 60 employees")
                .contains("Service peak resident memory");
        var json = new ObjectMapper().readTree(Files.readString(output));
        assertThat(json.path("raw_postgres_rows_per_second").path("batch_100").asDouble())
                .isPositive();
        assertThat(json.path("replay").path("events").asLong()).isEqualTo(1 + 2 * 30 + 1 + 2 * 60 + eventsBefore(json));
        assertThat(json.path("reads")
                        .path("30")
                        .path("/v1/scores/top-risks")
                        .path("reads")
                        .asInt())
                .isEqualTo(6);
    }

    /** The replayed log also holds what the live phases wrote before the synthetic tenants were added. */
    private static long eventsBefore(com.fasterxml.jackson.databind.JsonNode json) {
        return json.path("replay").path("events_before_synthetic").asLong();
    }
}
