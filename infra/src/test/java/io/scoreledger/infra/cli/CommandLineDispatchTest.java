package io.scoreledger.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How main() reads its arguments and picks a task, without starting the application. */
class CommandLineDispatchTest {

    private final List<List<String>> calls = new ArrayList<>();
    private final List<CliTask> tasks = List.of(task("replay", 0), task("verify-audit", 3));

    private CliTask task(String name, int code) {
        return new CliTask() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int run(List<String> args) {
                calls.add(List.copyOf(args));
                return code;
            }
        };
    }

    @Test
    void givenNoArguments_whenParsed_thenTheServerStarts() {
        var invocation = Invocation.parse();

        assertThat(invocation.isServer()).isTrue();
        assertThat(invocation.springArgs()).isEmpty();
    }

    @Test
    void givenOnlyOptions_whenParsed_thenTheServerStartsWithThem() {
        var invocation = Invocation.parse("--server.port=9090", "--scoreledger.data-dir=/srv/data");

        assertThat(invocation.isServer()).isTrue();
        assertThat(invocation.springArgs()).containsExactly("--server.port=9090", "--scoreledger.data-dir=/srv/data");
        assertThat(invocation.springArgs()).doesNotContain(Invocation.NO_WEBHOOK_DISPATCH, Invocation.NO_DECAY_SWEEP);
    }

    @Test
    void givenATaskWithArgumentsAndOptions_whenParsed_thenTheTaskGetsItsArgumentsAndSpringTheOptionsWithoutDispatch() {
        var invocation = Invocation.parse(
                "replay", "tenancy-projection", "--scoreledger.data-dir=/srv/data", "policy-projection");

        assertThat(invocation.isServer()).isFalse();
        assertThat(invocation.task()).contains("replay");
        assertThat(invocation.taskArgs()).containsExactly("tenancy-projection", "policy-projection");
        assertThat(invocation.springArgs())
                .containsExactly(
                        "--scoreledger.data-dir=/srv/data",
                        "--scoreledger.webhooks.dispatch-enabled=false",
                        "--scoreledger.scores.decay-sweep-enabled=false");
    }

    @Test
    void givenAKnownTask_whenRun_thenItRunsWithItsArgumentsAndItsCodeIsReturned() {
        var err = new ByteArrayOutputStream();

        assertThat(CliTasks.run(tasks, "replay", List.of("tenancy-projection"), new PrintStream(err)))
                .isZero();
        assertThat(CliTasks.run(tasks, "verify-audit", List.of(), new PrintStream(err)))
                .isEqualTo(3);

        assertThat(calls).containsExactly(List.of("tenancy-projection"), List.of());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void givenAnUnknownTask_whenRun_thenUsageAndExitCode2() {
        var err = new ByteArrayOutputStream();

        var code = CliTasks.run(
                tasks, "rebuild-everything", List.of(), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(calls).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unknown task: rebuild-everything")
                .contains("Usage: java -jar scoreledger.jar")
                .contains("Tasks: replay, verify-audit.");
    }
}
