package io.scoreledger.infra.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.cli.CliTask;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/** The replay command-line task, run in the shared application as the launcher would run it. */
class ReplayTaskTest extends ApplicationTest {

    @Autowired
    List<CliTask> tasks;

    @Autowired
    ProjectionRebuilder rebuilder;

    @Autowired
    ProjectionMonitor monitor;

    private CliTask replayBean() {
        return tasks.stream()
                .filter(task -> task.name().equals("replay"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void givenTheReplayBean_whenRunForOneProcessor_thenItWaitsUntilCaughtUpAndExitsZero() {
        var company = new Directory(api()).company("Replay Task MSP", "professional");

        assertThat(replayBean().run(List.of("tenancy-projection"))).isZero();

        var tenancy = monitor.status("tenancy-projection").orElseThrow();
        assertThat(tenancy.caughtUpAt()).isNotNull();
        assertThat(tenancy.processedSinceRebuild()).isPositive();
        assertThat(api().get("/api/v3/companies/" + company).status()).isEqualTo(200);
    }

    @Test
    void givenProcessors_whenReplayed_thenProgressAndCaughtUpArePrinted() {
        var out = new ByteArrayOutputStream();
        var task = new ReplayTask(
                rebuilder,
                monitor,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                Duration.ofMillis(50),
                Duration.ZERO);

        var code = task.run(List.of("webhook-projection", "policy-projection"));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Rebuilding webhook-projection, policy-projection from the beginning of the event log.")
                .containsPattern("webhook-projection: caught up at position \\d+, \\d+ events, [0-9.]+ events/s")
                .containsPattern("policy-projection: caught up at position \\d+, \\d+ events, [0-9.]+ events/s")
                .contains("All 2 processors have caught up.");
    }

    @Test
    @Timeout(300)
    void givenAProcessorJustRestarted_whenRebuiltAgainAtOnce_thenItStillCatchesUp() {
        var out = new ByteArrayOutputStream();
        var task = new ReplayTask(
                rebuilder,
                monitor,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                Duration.ofMillis(50),
                Duration.ZERO);

        rebuilder.rebuild(List.of("integration-projection"));
        var code = task.run(List.of("integration-projection"));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("integration-projection: caught up at position");
    }

    @Test
    void givenAnUnknownOrSubscribingProcessor_whenReplayed_thenExitCode2AndNothingIsReset() {
        var out = new ByteArrayOutputStream();
        var task = new ReplayTask(
                rebuilder,
                monitor,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                Duration.ofMillis(50),
                Duration.ZERO);
        var before = monitor.status("tenancy-projection").orElseThrow().rebuildStartedAt();

        assertThat(task.run(List.of("tenancy-projection", "nope"))).isEqualTo(2);
        assertThat(task.run(List.of("webhook-delivery"))).isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Unknown processor: nope")
                .contains("webhook-delivery cannot be rebuilt")
                .contains("Usage: replay [processor…]");
        assertThat(monitor.status("tenancy-projection").orElseThrow().rebuildStartedAt())
                .isEqualTo(before);
    }
}
