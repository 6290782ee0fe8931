package io.scoreledger.infra.projection;

import io.scoreledger.infra.cluster.SharedTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Where the event log ends and where every node's stored tokens stand. Gauges are read often, so they get values
 * at most half a second old; statuses asked for by an operator read them fresh.
 */
final class EventLogPositions {

    private static final Duration CACHE = Duration.ofMillis(500);

    private final EventStore eventStore;
    private final SharedTokens sharedTokens;
    private volatile long cachedHead;
    private volatile long cachedHeadAt;
    private volatile Map<String, List<SharedTokens.Segment>> cachedTokens = Map.of();
    private volatile long cachedTokensAt;

    EventLogPositions(EventStore eventStore, SharedTokens sharedTokens) {
        this.eventStore = eventStore;
        this.sharedTokens = sharedTokens;
    }

    long tail() {
        return position(eventStore.createTailToken());
    }

    long freshHead() {
        var head = position(eventStore.createHeadToken());
        cachedHead = head;
        cachedHeadAt = System.nanoTime();
        return head;
    }

    long head() {
        if (System.nanoTime() - cachedHeadAt > CACHE.toNanos()) {
            return freshHead();
        }
        return cachedHead;
    }

    /** The head as last read, without reading it again. */
    long lastHead() {
        return cachedHead;
    }

    Map<String, List<SharedTokens.Segment>> freshTokens() {
        var tokens = sharedTokens.segments();
        cachedTokens = tokens;
        cachedTokensAt = System.nanoTime();
        return tokens;
    }

    Map<String, List<SharedTokens.Segment>> tokens() {
        if (System.nanoTime() - cachedTokensAt > CACHE.toNanos()) {
            return freshTokens();
        }
        return cachedTokens;
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
