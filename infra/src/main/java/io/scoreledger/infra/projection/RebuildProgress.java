package io.scoreledger.infra.projection;

import io.scoreledger.projection.ProjectionState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rebuilds started since this node started: how many events each has processed and how fast, and when it was
 * first seen caught up. Logs progress every few seconds while a rebuild runs, and once when it has caught up.
 */
final class RebuildProgress {

    /** Under the monitor's name, which operators filter the log by. */
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionMonitor.class);

    private final Clock clock;
    private final Duration progressInterval;
    private final EventLogPositions positions;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    RebuildProgress(Clock clock, Duration progressInterval, EventLogPositions positions) {
        this.clock = clock;
        this.progressInterval = progressInterval;
        this.positions = positions;
    }

    void starting(String name, Instant startedAt) {
        var tail = positions.tail();
        rebuilds.put(name, new Rebuild(startedAt, System.nanoTime(), tail, positions.freshHead()));
    }

    boolean anyRunning() {
        return rebuilds.values().stream().anyMatch(rebuild -> !rebuild.caughtUp());
    }

    List<String> names() {
        return List.copyOf(rebuilds.keySet());
    }

    /** Where the processor's rebuild stands, given its state and position now; null when it was not rebuilt. */
    Observed observe(String name, ProjectionState state, Long position) {
        var rebuild = rebuilds.get(name);
        return rebuild == null ? null : new Observed(rebuild.startedAt, rebuild.observe(name, state, position));
    }

    record Observed(Instant startedAt, Progress progress) {}

    record Progress(Long processed, Double eventsPerSecond, Instant caughtUpAt) {}

    /** One processor's rebuild, from the reset to the moment it is first seen caught up. */
    private final class Rebuild {

        private final Instant startedAt;
        private final long startNanos;
        private final long tail;
        private final long headAtStart;
        private long lastLogNanos;
        private @Nullable Instant caughtUpAt;
        private long processedWhenCaughtUp;
        private double rateWhenCaughtUp;

        Rebuild(Instant startedAt, long startNanos, long tail, long headAtStart) {
            this.startedAt = startedAt;
            this.startNanos = startNanos;
            this.tail = tail;
            this.headAtStart = headAtStart;
            this.lastLogNanos = startNanos;
        }

        synchronized boolean caughtUp() {
            return caughtUpAt != null;
        }

        synchronized Progress observe(String name, ProjectionState state, Long position) {
            if (caughtUpAt != null) {
                return new Progress(processedWhenCaughtUp, rateWhenCaughtUp, caughtUpAt);
            }
            var now = System.nanoTime();
            long processed = position == null ? 0 : Math.max(0, position - tail);
            double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
            double rate = Math.round(processed / seconds * 10) / 10.0;
            // The reset position is the head as it was when the rebuild began; a replay is over only past it.
            var atHead = state == ProjectionState.CAUGHT_UP || state == ProjectionState.DEGRADED;
            if (atHead && (position != null && position >= headAtStart || headAtStart == 0)) {
                caughtUpAt = clock.instant();
                processedWhenCaughtUp = processed;
                rateWhenCaughtUp = rate;
                LOG.info(
                        "Rebuilt {}: caught up at position {} after {} events in {} s ({} events/s)",
                        name,
                        position == null ? 0 : position,
                        processed,
                        String.format(Locale.ROOT, "%.1f", seconds),
                        rate);
                return new Progress(processed, rate, caughtUpAt);
            }
            if (now - lastLogNanos >= progressInterval.toNanos()) {
                lastLogNanos = now;
                LOG.info(
                        "Rebuilding {}: {}, {} events processed, {} events/s, lag {} (position {} of {})",
                        name,
                        state.name().toLowerCase(Locale.ROOT),
                        processed,
                        rate,
                        position == null ? "unknown" : Math.max(0, positions.lastHead() - position),
                        position == null ? "none yet" : position,
                        positions.lastHead());
            }
            return new Progress(processed, rate, null);
        }
    }
}
