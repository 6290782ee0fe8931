package io.scoreledger.infra.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The service in a JVM of its own, as it runs in production, against a database the harness owns; so its memory can
 * be read apart from the load generator's, and it can be killed without a goodbye.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final Path log;
    private final String operatorToken;

    private ServiceProcess(Process process, int port, Path log, String operatorToken) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.operatorToken = operatorToken;
    }

    public static ServiceProcess start(
            String name, String jdbcUrl, String operatorToken, Path workDir, Map<String, String> properties)
            throws IOException, InterruptedException {
        return start(name, jdbcUrl, operatorToken, workDir, properties, List.of());
    }

    /** With options for the JVM, e.g. to start faster where peak speed does not matter. */
    public static ServiceProcess start(
            String name,
            String jdbcUrl,
            String operatorToken,
            Path workDir,
            Map<String, String> properties,
            List<String> jvmOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        int port = freePort();
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.service.heap", "3g")));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                mainClassPath(),
                "io.scoreledger.infra.ScoreledgerApplication",
                "--server.port=" + port,
                "--scoreledger.data-dir=" + workDir.resolve("data"),
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--scoreledger.operator-token=" + operatorToken,
                "--scoreledger.rate-limits.enabled=false",
                "--logging.level.root=WARN"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        var log = workDir.resolve(name + ".log");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var service = new ServiceProcess(process, port, log, operatorToken);
        service.awaitHealthy(Duration.ofSeconds(120));
        return service;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the service wrote to its standard output and error. */
    public Path log() {
        return log;
    }

    /** Resident set size now, in MiB, from /proc (Linux). */
    public double residentMib() {
        return procStatusKb("VmRSS:") / 1024.0;
    }

    /**
     * The service's heap in use now, in MiB. Read from the one actuator metric rather than the whole Prometheus page:
     * rendering that page every sample cost the service more CPU than the phase being measured.
     */
    public double heapUsedMib() {
        try {
            var body = HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                            + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                                    .header("Authorization", "Bearer " + operatorToken)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            var value = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(body)
                    .path("measurements")
                    .path(0)
                    .path("value");
            return value.isNumber() ? value.asDouble() / (1024 * 1024) : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    /**
     * Starts a JFR recording in the running service (profile settings: method samples every 10-20 ms, allocation and
     * lock events); {@link #stopRecording} dumps it to the file.
     */
    public void startRecording(String name, Path file) throws IOException, InterruptedException {
        jcmd("JFR.start", "name=" + name, "settings=profile", "filename=" + file.toAbsolutePath());
    }

    public void stopRecording(String name) throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=" + name);
    }

    private void jcmd(String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(process.pid())));
        command.addAll(List.of(arguments));
        var jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " failed:\n" + output);
        }
    }

    /** SIGKILL: no shutdown hooks, no released claims, as a crashed node. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                var response = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The service did not become healthy in " + timeout + ":\n" + tail());
    }

    private String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private long procStatusKb(String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The test JVM's class path without the test classes: the service's own code and dependencies. */
    private static String mainClassPath() {
        var full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
