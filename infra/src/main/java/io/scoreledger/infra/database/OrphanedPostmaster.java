package io.scoreledger.infra.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server runs detached from the JVM that started it, so a JVM killed with SIGKILL leaves it running on
 * the data directory, and the next start waits for a server that can never come up. Before starting, this stops such
 * an orphan, but only a PostgreSQL whose working directory is ours and that no living service owns.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    /** The embedded library's lock: held by the JVM whose server runs on the directory, released when it dies. */
    private static final String OWNER_LOCK = "epg-lock";

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDirectory) {
        var recordedPid = recordedPid(dataDirectory.resolve("postmaster.pid"));
        if (recordedPid.isEmpty()) {
            return;
        }
        long pid = recordedPid.getAsLong();
        // A stale postmaster.pid whose process is gone is PostgreSQL's to handle: it removes the file itself.
        if (!isRunning(pid)) {
            return;
        }
        if (!isPostgresOf(pid, dataDirectory)) {
            throw new IllegalStateException(("Cannot start the embedded PostgreSQL: %s names process %d, which is"
                            + " running but is not a PostgreSQL server of this directory (%s). If no PostgreSQL runs"
                            + " on %s, remove its postmaster.pid.")
                    .formatted(dataDirectory.resolve("postmaster.pid"), pid, describe(pid), dataDirectory));
        }
        if (ownedByALivingService(dataDirectory)) {
            throw new IllegalStateException(("Cannot start the embedded PostgreSQL: its data directory %s is in use by"
                            + " PostgreSQL process %d of another running instance of the service (it holds %s)."
                            + " Stop that instance or give this one another scoreledger.data-dir.")
                    .formatted(dataDirectory, pid, dataDirectory.resolve(OWNER_LOCK)));
        }
        log.warn(
                "An orphaned embedded PostgreSQL (pid {}) is still running on {}, left by a service that ended without"
                        + " stopping it; stopping it before starting",
                pid,
                dataDirectory);
        stop(pid, dataDirectory);
    }

    /** Absent or unreadable: nothing of ours runs, and PostgreSQL judges a malformed file itself. */
    private static OptionalLong recordedPid(Path pidFile) {
        try {
            var lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException absentOrMalformed) {
            return OptionalLong.empty();
        }
    }

    /** Alive and not a zombie: a postmaster that has exited but not been reaped holds nothing. */
    static boolean isRunning(long pid) {
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
            return false;
        }
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            var state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException noProcFileSystem) {
            return true;
        }
    }

    /** The postmaster changes into its data directory, so its working directory names the directory it serves. */
    private static boolean isPostgresOf(long pid, Path dataDirectory) {
        var proc = Path.of("/proc", Long.toString(pid));
        try {
            var executable =
                    Files.readSymbolicLink(proc.resolve("exe")).getFileName().toString();
            var workingDirectory = Files.readSymbolicLink(proc.resolve("cwd"));
            return executable.equals("postgres") && Files.isSameFile(workingDirectory, dataDirectory);
        } catch (IOException | UnsupportedOperationException cannotTell) {
            return false;
        }
    }

    private static boolean ownedByALivingService(Path dataDirectory) {
        try (var channel = FileChannel.open(
                dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot check who owns " + dataDirectory.resolve(OWNER_LOCK), e);
        }
    }

    /**
     * SIGTERM, PostgreSQL's smart shutdown: with the dead JVM's connections gone it ends at once with a clean
     * checkpoint. pg_ctl would send the same kind of signal but refuses to run as root, where the embedded library
     * runs the server in a user namespace. SIGKILL only as the last resort; the write-ahead log recovers from it.
     */
    private static void stop(long pid, Path dataDirectory) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        if (awaitExit(pid, SHUTDOWN_WAIT)) {
            log.warn("Stopped the orphaned embedded PostgreSQL (pid {}) on {}", pid, dataDirectory);
            return;
        }
        log.warn(
                "The orphaned embedded PostgreSQL (pid {}) on {} did not stop within {}s; killing it",
                pid,
                dataDirectory,
                SHUTDOWN_WAIT.toSeconds());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        if (!awaitExit(pid, KILL_WAIT)) {
            throw new IllegalStateException(
                    "Cannot start the embedded PostgreSQL: its orphaned process %d on %s survived SIGTERM and SIGKILL"
                            .formatted(pid, dataDirectory));
        }
    }

    private static boolean awaitExit(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(pid);
            }
        }
        return true;
    }

    private static String describe(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(process -> process.info().commandLine())
                .orElse("command line unknown");
    }
}
