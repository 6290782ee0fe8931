package io.scoreledger.infra.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (its name does not end in Test): {@code ./mvnw -B -pl infra -am test -Pbenchmark}.
 * Prints the table and writes infra/target/performance-benchmark.json.
 */
class PerformanceBenchmarkRun {

    @Test
    void run() throws Exception {
        var benchmark = new PerformanceBenchmark(PerformanceBenchmark.Settings.fromSystemProperties(
                Path.of("target", "bench-work"), Path.of("target", "performance-benchmark.json")));
        benchmark.run();
        System.out.println("\nPERFORMANCE BENCHMARK\n" + benchmark.table());
    }
}
