package io.scoreledger.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (the name does not end in Test): run it with
 * {@code ./mvnw -B -pl infra -am test -Dtest=IngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.employees=100000}. It measures, through the public API on the embedded PostgreSQL: employee upserts and
 * signal ingestion in batches of 1,000, the lag until the summary shows them, and summary read latency. It prints
 * the figures and writes them to target/bench-ingestion.json; it asserts only that the numbers add up.
 */
class IngestionBenchmark extends ApplicationTest {

    private static final int BATCH = 1_000;

    @Test
    void ingestEmployeesAndSignalsThenReadTheSummary() throws Exception {
        int employees = Integer.getInteger("bench.employees", 10_000);
        var directory = new Directory(api());
        var company = directory.company("Benchmark MSP", "enterprise");
        var operator = api();

        long upsertStart = System.nanoTime();
        for (int from = 0; from < employees; from += BATCH) {
            var body = new StringBuilder("{\"tenantId\": \"" + company + "\", \"employees\": [");
            for (int i = from; i < Math.min(from + BATCH, employees); i++) {
                body.append(i == from ? "" : ",")
                        .append("{\"email\": \"e")
                        .append(i)
                        .append("@bench.example\", \"department\": \"d")
                        .append(i % 20)
                        .append("\"}");
            }
            var response = operator.send(
                    "PUT",
                    "/api/v1/employees",
                    body.append("]}").toString(),
                    List.of("Content-Type", "application/json"));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
        double upsertSeconds = (System.nanoTime() - upsertStart) / 1e9;

        var types =
                List.of("phishing_click", "training_completed", "malware_detected", "phish_reported", "mfa_disabled");
        var severities = List.of("low", "medium", "high", "critical");
        var occurred = Instant.now().minusSeconds(3600).toString();
        long ingestStart = System.nanoTime();
        int ingested = 0;
        for (int from = 0; from < employees; from += BATCH) {
            var body = new StringBuilder("{\"tenantId\": \"" + company + "\", \"signals\": [");
            for (int i = from; i < Math.min(from + BATCH, employees); i++) {
                body.append(i == from ? "" : ",")
                        .append("{\"externalId\": \"x")
                        .append(i)
                        .append("\", \"source\": \"bench\", \"type\": \"")
                        .append(types.get(i % types.size()))
                        .append("\", \"severity\": \"")
                        .append(severities.get(i % severities.size()))
                        .append("\", \"occurredAt\": \"")
                        .append(occurred)
                        .append("\", \"employee\": {\"email\": \"e")
                        .append(i)
                        .append("@bench.example\"}}");
            }
            var response = operator.post("/api/v1/signals", body.append("]}").toString());
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            ingested += response.data().get("ingested").asInt();
        }
        long lastAccepted = System.nanoTime();
        double ingestSeconds = (lastAccepted - ingestStart) / 1e9;
        assertThat(ingested).isEqualTo(employees);

        var summaryPath = "/v1/scores/summary?tenantId=" + company;
        HttpApi.Response summary;
        long deadline = System.nanoTime() + 300_000_000_000L;
        do {
            summary = operator.get(summaryPath);
            assertThat(System.nanoTime())
                    .as("the summary shows the ingested signals within 5 minutes")
                    .isLessThan(deadline);
        } while (summary.json().path("average_score").asDouble() == 100.0
                || summary.json().path("total_employees").asInt() < employees);
        double visibleAfter = (System.nanoTime() - lastAccepted) / 1e9;

        var latencies = new ArrayList<Double>();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            var response = operator.get(summaryPath);
            latencies.add((System.nanoTime() - start) / 1e6);
            assertThat(response.status()).isEqualTo(200);
        }
        double[] sorted =
                latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        var json = """
                {"employees": %d, "upsert_seconds": %.2f, "employees_per_second": %.0f,
                 "ingest_seconds": %.2f, "signals_per_second": %.0f, "summary_visible_after_seconds": %.2f,
                 "summary_p50_ms": %.2f, "summary_p99_ms": %.2f, "heap_used_mb": %d, "average_score": %s}
                """.formatted(
                        employees,
                        upsertSeconds,
                        employees / upsertSeconds,
                        ingestSeconds,
                        employees / ingestSeconds,
                        visibleAfter,
                        percentile(sorted, 50),
                        percentile(sorted, 99),
                        memory.getUsed() / (1024 * 1024),
                        summary.json().path("average_score").asText());
        System.out.println("BENCHMARK " + json);
        Files.writeString(Path.of("target", "bench-ingestion.json"), json);
        assertThat(Arrays.stream(sorted).min().orElseThrow()).isPositive();
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
