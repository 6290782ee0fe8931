package io.scoreledger.infra.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latency samples from any number of threads; percentiles by nearest rank. */
final class Latencies {

    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

    void record(long startNanos) {
        nanos.add(System.nanoTime() - startNanos);
    }

    int count() {
        return nanos.size();
    }

    double p50Ms() {
        return percentileMs(50);
    }

    double p99Ms() {
        return percentileMs(99);
    }

    double percentileMs(double percentile) {
        var sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
