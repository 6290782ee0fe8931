package io.scoreledger.infra.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the jar was called: without a task (no arguments, or only --options) it is the service; otherwise the first
 * argument names a task, the other plain arguments are the task's, and --options stay Spring's (e.g.
 * --scoreledger.data-dir=/srv/scoreledger).
 */
public record Invocation(Optional<String> task, List<String> taskArgs, List<String> springArgs) {

    /** Set for every task: nothing may leave the process while a task runs. */
    public static final String NO_WEBHOOK_DISPATCH = "--scoreledger.webhooks.dispatch-enabled=false";
    /** Set for every task: a task reads or rebuilds; it must not append decay events of its own meanwhile. */
    public static final String NO_DECAY_SWEEP = "--scoreledger.scores.decay-sweep-enabled=false";

    public static Invocation parse(String... args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return new Invocation(Optional.empty(), List.of(), List.of(args));
        }
        var taskArgs = new ArrayList<String>();
        var springArgs = new ArrayList<String>();
        for (int i = 1; i < args.length; i++) {
            (args[i].startsWith("--") ? springArgs : taskArgs).add(args[i]);
        }
        springArgs.add(NO_WEBHOOK_DISPATCH);
        springArgs.add(NO_DECAY_SWEEP);
        return new Invocation(Optional.of(args[0]), List.copyOf(taskArgs), List.copyOf(springArgs));
    }

    public boolean isServer() {
        return task.isEmpty();
    }
}
