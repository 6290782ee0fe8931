package io.scoreledger.infra.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start may stop on its data directory, and above all what it must leave alone. */
class OrphanedPostmasterTest {

    @TempDir
    Path dataDirectory;

    @Test
    void givenAPidFileNamingALiveProcessThatIsNotPostgres_whenStarting_thenRefusesNamingThePidAndLeavesItRunning()
            throws Exception {
        var foreign = new ProcessBuilder("sleep", "60").start();
        try {
            pidFile(foreign.pid());

            assertThatIllegalStateException()
                    .isThrownBy(() -> OrphanedPostmaster.stopIfRunning(dataDirectory))
                    .withMessageContaining("names process " + foreign.pid())
                    .withMessageContaining("not a PostgreSQL server of this directory");
            assertThat(foreign.isAlive()).isTrue();
        } finally {
            foreign.destroyForcibly().waitFor();
        }
    }

    @Test
    void givenAStalePidFileOfAProcessThatEnded_whenStarting_thenLeavesItToPostgres() throws Exception {
        var ended = new ProcessBuilder("true").start();
        ended.waitFor(10, TimeUnit.SECONDS);
        var pidFile = pidFile(ended.pid());

        assertThatNoException().isThrownBy(() -> OrphanedPostmaster.stopIfRunning(dataDirectory));
        assertThat(pidFile).exists();
    }

    @Test
    void givenTheServerOfAnotherRunningInstance_whenStartingOnTheSameDirectory_thenRefusesAndItKeepsRunning()
            throws Exception {
        try (var running = DurableSettings.applyTo(EmbeddedPostgres.builder())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start()) {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .getFirst()
                    .strip());

            assertThatIllegalStateException()
                    .isThrownBy(() -> OrphanedPostmaster.stopIfRunning(dataDirectory))
                    .withMessageContaining("in use by PostgreSQL process " + pid + " of another running instance");
            try (var connection = running.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    private Path pidFile(long pid) throws Exception {
        return Files.writeString(dataDirectory.resolve("postmaster.pid"), pid + "\n" + dataDirectory + "\n");
    }
}
