package io.scoreledger.infra.report;

import io.scoreledger.infra.cluster.SharedTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Waits until the read models a report is drawn from have processed the event log up to its pinned position, so the
 * report shows the log as of that position and not an older state. A segment in error counts as behind, so a broken
 * read model fails generation rather than yielding a stale report. Segments another node processes count with the
 * position their committed token has reached.
 */
class ProjectionCatchUp {

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<SharedTokens> sharedTokens;
    private final List<String> groups;
    private final Duration timeout;

    ProjectionCatchUp(
            ObjectProvider<EventProcessingConfiguration> processing,
            ObjectProvider<SharedTokens> sharedTokens,
            List<String> groups,
            Duration timeout) {
        this.processing = processing;
        this.sharedTokens = sharedTokens;
        this.groups = groups;
        this.timeout = timeout;
    }

    /** False when they did not get there in time. */
    boolean awaitPosition(long position) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMillis = 1;
        while (!reached(position)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pauseMillis = Math.min(pauseMillis * 2, 50);
        }
        return true;
    }

    private boolean reached(long position) {
        Map<String, EventProcessor> processors = processing.getObject().eventProcessors();
        Map<String, List<SharedTokens.Segment>> tokens = null;
        for (var entry : processors.entrySet()) {
            if (!groups.contains(entry.getKey())
                    || !(entry.getValue() instanceof StreamingEventProcessor streaming)
                    || !streaming.isRunning()) {
                continue;
            }
            var local = streaming.processingStatus();
            for (var status : local.values()) {
                if (status.isErrorState() || status.getCurrentPosition().orElse(-1) < position) {
                    return false;
                }
            }
            if (tokens == null) {
                tokens = sharedTokens.getObject().segments();
            }
            for (var segment : tokens.getOrDefault(entry.getKey(), List.of())) {
                if (segment.claimedElsewhere()
                        && !local.containsKey(segment.segment())
                        && (segment.position() == null || segment.position() < position)) {
                    return false;
                }
            }
        }
        return true;
    }
}
