package io.scoreledger.infra.projection;

import io.scoreledger.projection.commands.RebuildProjections;
import io.scoreledger.query.ProjectionReads;
import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds read models from the event log. A processor declared as a {@link BlueGreenProjection} is rebuilt beside
 * its live tables ({@link BlueGreenRebuilds}); any other, one after another, is shut down, its tokens reset (its
 * @ResetHandler empties its tables in the same transaction) and started again; it then replays in its own threads
 * while the application keeps serving, its readers seeing a partial model meanwhile. Only streaming processors whose handlers support a reset can be
 * chosen; the subscribing webhook-delivery processor, which enqueues outbound deliveries, never can.
 */
public class ProjectionRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final Duration CLAIM_PATIENCE = Duration.ofSeconds(15);

    private final EventProcessingConfiguration processing;
    private final ProjectionMonitor monitor;
    private final BlueGreenRebuilds blueGreen;
    private final Clock clock;

    ProjectionRebuilder(
            EventProcessingConfiguration processing,
            ProjectionMonitor monitor,
            BlueGreenRebuilds blueGreen,
            Clock clock) {
        this.processing = processing;
        this.monitor = monitor;
        this.blueGreen = blueGreen;
        this.clock = clock;
    }

    /**
     * Runs the resets on a thread of their own: a command is handled in a transaction, and each reset must commit
     * before its processor starts again, or the restarted processor would wait on the reset's row locks.
     */
    @CommandHandler
    RebuildProjections.Result handle(RebuildProjections command) {
        var chosen = choose(command.processors());
        try (var thread = Executors.newVirtualThreadPerTaskExecutor()) {
            return CompletableFuture.supplyAsync(() -> rebuild(chosen), thread).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Validates the names: every one known and resettable; none means every resettable processor. */
    List<String> choose(List<String> names) {
        var resettable = monitor.streamingProcessorNames().stream()
                .filter(name -> streaming(name).supportsReset())
                .toList();
        if (names.isEmpty()) {
            return resettable;
        }
        var chosen = new LinkedHashSet<String>();
        for (var name : names) {
            if (name == null || name.isBlank()) {
                throw new InvalidCommandException("processors", "Processor names must not be blank.");
            }
            var processor = processing.eventProcessor(name);
            if (processor.isEmpty()) {
                throw new InvalidCommandException(
                        "processors",
                        "Unknown processor: " + name + ". Known: " + String.join(", ", processorNames()) + ".");
            }
            if (processor.get() instanceof SubscribingEventProcessor) {
                throw new InvalidCommandException(
                        "processors",
                        name + " cannot be rebuilt: it is a subscribing processor, with no token to reset, and never"
                                + " replays.");
            }
            if (!resettable.contains(name)) {
                throw new InvalidCommandException(
                        "processors", name + " cannot be rebuilt: its handlers do not support a reset.");
            }
            chosen.add(name);
        }
        return List.copyOf(chosen);
    }

    /** Resets and restarts the processors; the names must come from {@link #choose}. */
    synchronized RebuildProjections.Result rebuild(List<String> chosen) {
        var startedAt = clock.instant();
        var done = new ArrayList<String>();
        for (var name : chosen) {
            if (blueGreen.supports(name)) {
                rebuildBeside(name, startedAt, done);
                done.add(name);
                continue;
            }
            var processor = streaming(name);
            LOG.info("Rebuilding {}: shutting down, resetting its tokens, starting from the beginning", name);
            for (var read : ProjectionReads.readersOf(name)) {
                LOG.info("Until {} has caught up, {} shows partial figures: {}", name, read.reader(), read.why());
            }
            awaitClaimed(processor);
            processor.shutDown();
            try {
                processor.resetTokens();
                monitor.rebuildStarting(name, startedAt);
            } catch (RuntimeException e) {
                LOG.warn("Could not reset {}; it continues from where it was", name, e);
                var before =
                        done.isEmpty() ? "nothing was rebuilt." : "rebuilt before it: " + String.join(", ", done) + ".";
                throw new ConflictException(
                        "Could not reset " + name + " (another node may hold its tokens); " + before);
            } finally {
                processor.start();
            }
            done.add(name);
        }
        return new RebuildProjections.Result(List.copyOf(done), startedAt);
    }

    /** Builds the new tables beside the live ones, which keep serving until the new ones reach the head. */
    private void rebuildBeside(String name, Instant startedAt, List<String> done) {
        try {
            blueGreen.start(name);
        } catch (ConflictException e) {
            var before =
                    done.isEmpty() ? "nothing was rebuilt." : "rebuilt before it: " + String.join(", ", done) + ".";
            throw new ConflictException(e.getMessage() + " " + before);
        }
        monitor.rebuildStarting(name, startedAt);
    }

    /**
     * A tracking processor shut down while it is still claiming its segments (just after the application or an
     * earlier rebuild started it) may not start its workers again; so wait, boundedly, until it has claimed them.
     */
    private static void awaitClaimed(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + CLAIM_PATIENCE.toNanos();
        while (processor.isRunning() && processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<String> processorNames() {
        return processing.eventProcessors().keySet().stream().sorted().toList();
    }

    private StreamingEventProcessor streaming(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }
}
