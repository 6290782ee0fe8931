package io.scoreledger.infra.cluster;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Spreads the streaming processors' segments over the nodes that share the token store. Every processor has as many
 * threads as segments, so any node can run all of them: the first node up claims everything, and a node that sees
 * the others die takes their segments over once the claims time out. Left alone, the first node would keep them all;
 * so every node heartbeats into cluster_node, and one that holds more than its fair share (all segments divided by the
 * live nodes, rounded up) releases the excess for a while, for an idle thread on another node to claim. A node at its
 * fair share also declines segments it does not hold, so that what another node releases goes to a node below it.
 * Alone, a node does nothing at all.
 */
class SegmentBalancer implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final Duration LONG_GONE = Duration.ofDays(1);

    private final EventProcessingConfiguration processing;
    private final NodeRegistry nodes;
    private final String nodeId;
    private final Duration interval;
    private final Duration nodeTimeout;
    private @Nullable ScheduledExecutorService ticker;
    private volatile List<String> lastLive = List.of();

    SegmentBalancer(
            EventProcessingConfiguration processing,
            NodeRegistry nodes,
            String nodeId,
            Duration interval,
            Duration nodeTimeout) {
        this.processing = processing;
        this.nodes = nodes;
        this.nodeId = nodeId;
        this.interval = interval;
        this.nodeTimeout = nodeTimeout;
    }

    @EventListener(ApplicationStartedEvent.class)
    void start() {
        nodes.forgetLongGone(LONG_GONE);
        LOG.info(
                "Node {} joins; heartbeat every {}, taken for dead after {} without one",
                nodeId,
                interval,
                nodeTimeout);
        ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("segment-balancer").factory());
        ticker.scheduleWithFixedDelay(this::tickSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Before the processors stop and release their claims, so the others count one node less at once. */
    @EventListener(ContextClosedEvent.class)
    void leave() {
        if (ticker == null || ticker.isShutdown()) {
            return;
        }
        ticker.shutdownNow();
        try {
            nodes.leave(nodeId);
            LOG.info("Node {} leaves", nodeId);
        } catch (RuntimeException e) {
            LOG.warn("Node {} could not say it leaves; the others will notice in {}", nodeId, nodeTimeout, e);
        }
    }

    @Override
    public void destroy() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("Could not balance the event processors' segments", e);
        }
    }

    void tick() {
        nodes.heartbeat(nodeId, nodeTimeout);
        var live = nodes.live(nodeTimeout);
        if (!live.equals(lastLive)) {
            LOG.info("Live nodes: {}", String.join(", ", live));
            lastLive = live;
        }
        if (live.size() <= 1) {
            return;
        }
        var processors = streamingProcessors();
        var claims = nodes.claims(List.copyOf(processors.keySet()));
        if (claims.isEmpty()) {
            return;
        }
        int fairShare = Math.ceilDiv(claims.size(), live.size());
        // Higher segments go first, so that the segments of one processor end up on different nodes.
        var mine = claims.stream()
                .filter(claim -> nodeId.equals(claim.owner()))
                .sorted(Comparator.comparingInt(NodeRegistry.Claim::segment)
                        .reversed()
                        .thenComparing(NodeRegistry.Claim::processor))
                .toList();
        for (var claim : mine.subList(0, Math.max(0, mine.size() - fairShare))) {
            LOG.info(
                    "Releasing segment {} of {}: this node holds {} of {} segments, {} nodes are live, a fair share is {}",
                    claim.segment(),
                    claim.processor(),
                    mine.size(),
                    claims.size(),
                    live.size(),
                    fairShare);
            processors
                    .get(claim.processor())
                    .releaseSegment(claim.segment(), releaseFor().toMillis(), TimeUnit.MILLISECONDS);
        }
        if (mine.size() >= fairShare) {
            for (var claim : claims) {
                if (!nodeId.equals(claim.owner())) {
                    processors
                            .get(claim.processor())
                            .releaseSegment(claim.segment(), declineFor().toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** Long enough for another node's idle thread to claim it; if none does, this node takes it back after that. */
    private Duration releaseFor() {
        return interval.multipliedBy(5);
    }

    /** Renewed at every tick while this node has its share, so it lapses soon after this node stops having it. */
    private Duration declineFor() {
        return interval.multipliedBy(2);
    }

    private Map<String, StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> (StreamingEventProcessor) entry.getValue()));
    }
}
