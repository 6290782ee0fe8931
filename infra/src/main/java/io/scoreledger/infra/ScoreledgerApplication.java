package io.scoreledger.infra;

import io.scoreledger.infra.cli.CliTask;
import io.scoreledger.infra.cli.CliTasks;
import io.scoreledger.infra.cli.Invocation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Axon's JDBC, transaction and Micrometer auto-configurations are excluded here and imported again, ordered after
 * Spring Boot 4's own, by {@link io.scoreledger.infra.axon.AxonJdbcAutoConfiguration} and
 * {@link io.scoreledger.infra.axon.AxonMicrometerAutoConfiguration}.
 *
 * <p>{@code java -jar scoreledger.jar TASK args…} runs the {@link CliTask} of that name in the application without
 * its web server and without webhook dispatch, then exits with the task's code (2 for an unknown task).
 */
@SpringBootApplication(
        scanBasePackages = {"io.scoreledger.infra", "io.scoreledger.api"},
        excludeName = {
            "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
            "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
            "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration"
        })
public class ScoreledgerApplication {

    public static void main(String[] args) {
        var invocation = Invocation.parse(args);
        if (invocation.isServer()) {
            SpringApplication.run(ScoreledgerApplication.class, args);
            return;
        }
        System.exit(runTask(invocation));
    }

    static int runTask(Invocation invocation) {
        var application = new SpringApplication(ScoreledgerApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (var context = application.run(invocation.springArgs().toArray(String[]::new))) {
            return CliTasks.run(
                    context.getBeansOfType(CliTask.class).values(),
                    invocation.task().orElseThrow(),
                    invocation.taskArgs(),
                    System.err);
        }
    }
}
