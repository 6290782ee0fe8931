package io.scoreledger.infra.runtime;

import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.infra.support.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default after a kill -9 (the OOM killer, a node drained without grace): the JVM dies, its PostgreSQL
 * does not, and the next start on the same data directory must still come up with every acknowledged write.
 */
@Timeout(300)
class KilledServiceRestartTest {

    private static final String OPERATOR_TOKEN = "killed-service-operator-token-3f9a";
    private static final List<String> QUICK_START = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @TempDir
    Path workDir;

    private final List<Long> postmasters = new ArrayList<>();

    @Test
    void givenEmbeddedDefault_whenTheJvmIsKilled_thenTheNextStartStopsTheOrphanedPostgresAndTheCompanyIsStillThere()
            throws Exception {
        String companyId;
        long orphan;
        try {
            try (var first = start("first")) {
                var company = HttpApi.at(first.port(), OPERATOR_TOKEN).post("/api/v3/companies", """
                        {"name": "Killed MSP", "email": "ops@killed.example",
                         "subscription_package": "professional"}""");
                assertSuccess(company, 201);
                companyId = company.data().get("id").asText();
                orphan = postmaster();
                first.kill();
            }
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                    .as("the embedded PostgreSQL outlives its JVM, as it does in production")
                    .contains(true);

            try (var second = start("second")) {
                var companies = HttpApi.at(second.port(), OPERATOR_TOKEN).get("/api/v3/companies");
                assertSuccess(companies, 200);
                assertThat(companies.data().findValuesAsText("id")).containsExactly(companyId);
                assertThat(postmaster()).isNotEqualTo(orphan);
                assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
                        .isEmpty();
                assertThat(Files.readString(second.log()))
                        .containsPattern("WARN .*"
                                + Pattern.quote("orphaned embedded PostgreSQL (pid " + orphan + ") is still running on "
                                        + workDir.resolve("data").resolve("postgres")));
            }
        } finally {
            postmasters.forEach(KilledServiceRestartTest::stop);
        }
    }

    private ServiceProcess start(String name) throws Exception {
        return ServiceProcess.start(name, "", OPERATOR_TOKEN, workDir, Map.of(), QUICK_START);
    }

    /** Line 1 of postmaster.pid; remembered so the test never leaves a server behind, whatever fails. */
    private long postmaster() throws Exception {
        var pidFile = workDir.resolve("data/postgres/postmaster.pid");
        var pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        postmasters.add(pid);
        return pid;
    }

    private static void stop(long pid) {
        ProcessHandle.of(pid)
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .ifPresent(process -> {
                    process.destroy();
                    try {
                        process.onExit().get(20, TimeUnit.SECONDS);
                    } catch (Exception stillRunning) {
                        process.destroyForcibly();
                    }
                });
    }
}
