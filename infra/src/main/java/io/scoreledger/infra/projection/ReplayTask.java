package io.scoreledger.infra.projection;

import io.scoreledger.infra.cli.CliTask;
import io.scoreledger.projection.queries.ProjectionStatus;
import io.scoreledger.rules.InvalidCommandException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * {@code replay [processor…]}: rebuilds the named processors (every resettable one when none is named), prints
 * their progress every few seconds and returns 0 once every one of them has caught up; 2 for a name it refuses.
 */
class ReplayTask implements CliTask {

    private final ProjectionRebuilder rebuilder;
    private final ProjectionMonitor monitor;
    private final PrintStream out;
    private final Duration poll;
    private final Duration printEvery;

    ReplayTask(
            ProjectionRebuilder rebuilder,
            ProjectionMonitor monitor,
            PrintStream out,
            Duration poll,
            Duration printEvery) {
        this.rebuilder = rebuilder;
        this.monitor = monitor;
        this.out = out;
        this.poll = poll;
        this.printEvery = printEvery;
    }

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public int run(List<String> args) {
        List<String> chosen;
        try {
            chosen = rebuilder.choose(args);
        } catch (InvalidCommandException e) {
            out.println("replay: " + e.getMessage());
            out.println("Usage: replay [processor…]; without names every resettable processor is rebuilt.");
            return 2;
        }
        if (chosen.isEmpty()) {
            out.println("replay: there is no processor to rebuild.");
            return 0;
        }
        var result = rebuilder.rebuild(chosen);
        out.println("Rebuilding " + String.join(", ", result.processors()) + " from the beginning of the event log.");
        var pending = new HashSet<>(result.processors());
        long parked = 0;
        long lastPrint = System.nanoTime();
        while (!pending.isEmpty()) {
            if (!sleep()) {
                out.println("replay: interrupted; the processors go on replaying in the running application.");
                return 1;
            }
            var print = System.nanoTime() - lastPrint >= printEvery.toNanos();
            if (print) {
                lastPrint = System.nanoTime();
            }
            for (var name : result.processors()) {
                if (!pending.contains(name)) {
                    continue;
                }
                var status = monitor.status(name).orElseThrow();
                if (status.caughtUpAt() != null) {
                    pending.remove(name);
                    var position = status.position() == null ? 0 : status.position();
                    out.println("  " + name + ": caught up at position " + position + ", "
                            + status.processedSinceRebuild() + " events, " + rate(status) + " events/s"
                            + (status.deadLetters() == 0
                                    ? ""
                                    : ", " + status.deadLetters()
                                            + " events parked as dead letters (GET /api/v1/operator/dead-letters)"));
                    parked += status.deadLetters();
                } else if (print) {
                    out.println("  " + name + ": " + progress(status));
                }
            }
        }
        if (parked > 0) {
            out.println("All " + result.processors().size() + " processors reached the head of the log, but " + parked
                    + " events could not be applied and are parked as dead letters.");
            return 1;
        }
        out.println("All " + result.processors().size() + " processors have caught up.");
        return 0;
    }

    private static String progress(ProjectionStatus status) {
        var line = status.state().name().toLowerCase(Locale.ROOT) + ", " + status.processedSinceRebuild()
                + " events processed, " + rate(status) + " events/s, lag "
                + (status.lag() == null ? "unknown" : status.lag()) + " (head " + status.head() + ")";
        return status.error() == null ? line : line + ", error: " + status.error();
    }

    private static String rate(ProjectionStatus status) {
        return status.eventsPerSecond() == null ? "-" : String.format(Locale.ROOT, "%.1f", status.eventsPerSecond());
    }

    private boolean sleep() {
        try {
            Thread.sleep(poll);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
