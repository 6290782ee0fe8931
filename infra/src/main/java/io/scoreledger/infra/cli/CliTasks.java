package io.scoreledger.infra.cli;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;

/** Finds the task by its name among the application's CliTask beans and runs it. */
public final class CliTasks {

    public static final int USAGE = 2;

    private CliTasks() {}

    public static int run(Collection<? extends CliTask> tasks, String name, List<String> args, PrintStream err) {
        var task = tasks.stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst();
        if (task.isEmpty()) {
            err.println("Unknown task: " + name);
            err.println(usage(tasks));
            return USAGE;
        }
        return task.get().run(args);
    }

    public static String usage(Collection<? extends CliTask> tasks) {
        var names = tasks.stream().map(CliTask::name).sorted().toList();
        return "Usage: java -jar scoreledger.jar [TASK [ARG…]] [--property=value…]\n"
                + "  Without a task the service starts. Tasks: " + String.join(", ", names) + ".";
    }
}
