package io.scoreledger.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.database.DurableSettings;
import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.infra.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The performance issue's benchmark, in one run: the raw PostgreSQL ceiling, single commands at concurrency 1 and
 * 16, batch ingestion, projection lag under half load, replay, read latency at three tenant sizes, and the
 * service's memory. The service runs as a process of its own on a fresh embedded PostgreSQL. Sizes and durations come
 * from system properties (see {@link Settings}); the figures go to stdout as a table and to a JSON file. The large
 * tenants are written straight into the event store while the service is stopped; started again, it processes them,
 * then score-projection is rebuilt from the whole log through the operator route: that rebuild is the replay measured.
 */
final class PerformanceBenchmark {

    record Settings(
            double seconds,
            int employeePool,
            int batchSize,
            int batches,
            List<Integer> tenantSizes,
            int readers,
            int readsPerReader,
            Path workDir,
            Path output) {

        static Settings fromSystemProperties(Path workDir, Path output) {
            return new Settings(
                    Double.parseDouble(System.getProperty("bench.seconds", "10")),
                    Integer.getInteger("bench.pool", 5_000),
                    Integer.getInteger("bench.batch-size", 1_000),
                    Integer.getInteger("bench.batches", 30),
                    java.util.Arrays.stream(System.getProperty("bench.tenants", "10000,100000,1000000")
                                    .split(","))
                            .map(String::strip)
                            .map(Integer::valueOf)
                            .toList(),
                    Integer.getInteger("bench.readers", 8),
                    Integer.getInteger("bench.reads", 250),
                    workDir,
                    output);
        }
    }

    private static final String OPERATOR_TOKEN = "benchmark-operator-token-7c1e";
    private static final List<String> SIGNAL_TYPES =
            List.of("phishing_click", "training_completed", "malware_detected", "phish_reported", "mfa_disabled");

    private final Settings settings;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String[]> table = new ArrayList<>();
    private final AtomicLong externalIds = new AtomicLong();
    private ServiceProcess service;
    private HttpApi api;

    PerformanceBenchmark(Settings settings) {
        this.settings = settings;
    }

    Map<String, Object> run() throws Exception {
        Files.createDirectories(settings.workDir());
        // The service's own durability settings, so the ceiling and the service's figures are what production sees.
        try (var postgres = DurableSettings.applyTo(EmbeddedPostgres.builder())
                .setDataDirectory(settings.workDir().resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .start()) {
            var url = postgres.getJdbcUrl("postgres", "postgres");
            results.put("machine", machine());

            try (var connection = java.sql.DriverManager.getConnection(url)) {
                connection.createStatement().execute("create database raw_ceiling");
            }
            var raw = rawCeiling(postgres.getJdbcUrl("postgres", "raw_ceiling"));
            startService(url);
            var company = company("Benchmark MSP");
            var pool = employees(company, settings.employeePool());

            var memory = new MemorySampler();
            memory.during("single-commands", () -> singleCommands(company, pool, raw));
            memory.during("ingestion", () -> batchIngestion(company, pool, raw));
            projectionLag(company, pool);

            // Written while the service is stopped, as a migration would be: appended under processors that tail the
            // log, millions of events overflowed Axon's shared event cache (docs/performance.md, "Memory").
            service.close();
            var synthetic = new SyntheticLog(url);
            long eventsBefore = synthetic.eventCount();
            var tenants = new LinkedHashMap<Integer, TenantId>();
            for (int size : settings.tenantSizes()) {
                var tenant = TenantId.mint();
                synthetic.company(tenant, size, Instant.now().minusSeconds(86_400));
                tenants.put(size, tenant);
            }
            long events = synthetic.eventCount();
            startService(url);
            awaitCaughtUp();
            memory.during("replay", () -> replay(events, eventsBefore));
            for (var tenant : tenants.entrySet()) {
                memory.during(
                        "reads-" + tenant.getKey(),
                        () -> reads(tenant.getKey(), tenant.getValue().value()));
            }
            results.put("memory", memory.figures());
            row(
                    "Service peak heap during ingestion / replay (MiB)",
                    "%.0f / %.0f".formatted(memory.peakHeap("ingestion"), memory.peakHeap("replay")),
                    "");
            row(
                    "Service peak resident memory during ingestion / replay (MiB)",
                    "%.0f / %.0f".formatted(memory.peakResident("ingestion"), memory.peakResident("replay")),
                    "");
            service.close();
        }
        results.put(
                "table",
                table.stream()
                        .map(r -> Map.of("measure", r[0], "value", r[1], "ratio", r[2]))
                        .toList());
        var json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(settings.output().getParent());
        json.writeValue(settings.output().toFile(), results);
        return results;
    }

    String table() {
        int width = table.stream().mapToInt(r -> r[0].length()).max().orElse(10);
        var text = new StringBuilder();
        text.append(("%-" + width + "s | %-26s | %s%n").formatted("Measure", "Value", "Ratio"));
        text.append("-".repeat(width + 45)).append('\n');
        for (var r : table) {
            text.append(("%-" + width + "s | %-26s | %s%n").formatted(r[0], r[1], r[2]));
        }
        return text.toString();
    }

    private Map<String, Double> rawCeiling(String url) throws Exception {
        var raw = new RawPostgres(url);
        raw.singleRowInserts(4, Math.min(2, settings.seconds()));
        var figures = new LinkedHashMap<String, Double>();
        figures.put("single_row_c1", raw.singleRowInserts(1, settings.seconds()));
        figures.put("single_row_c16", raw.singleRowInserts(16, settings.seconds()));
        figures.put("batch_100", raw.batchedInserts(100, settings.seconds()));
        results.put("raw_postgres_rows_per_second", figures);
        row("Raw PostgreSQL single-row inserts, 1 connection (rows/s)", rate(figures.get("single_row_c1")), "1");
        row("Raw PostgreSQL single-row inserts, 16 connections (rows/s)", rate(figures.get("single_row_c16")), "1");
        row("Raw PostgreSQL inserts in batches of 100 (rows/s)", rate(figures.get("batch_100")), "1");
        return figures;
    }

    private void singleCommands(String company, List<String> pool, Map<String, Double> raw) throws Exception {
        var figures = new LinkedHashMap<String, Object>();
        var clients = new AtomicInteger();
        for (int concurrency : List.of(1, 16)) {
            var created = measure(concurrency, () -> {
                var response = api.post(
                        "/api/v3/companies/" + company + "/clients",
                        "{\"name\": \"Client " + clients.incrementAndGet() + "\"}");
                return response.status() == 201 || response.status() == 202;
            });
            figures.put("create_client_c" + concurrency, created.figures());
            row(
                    "Create client, concurrency " + concurrency + " (commands/s; p50/p99 ms)",
                    created.describe(),
                    ratio(created.perSecond(), raw.get("single_row_c" + concurrency)));

            var ingested = measure(concurrency, () -> {
                var response = api.post("/api/v1/signals", signals(company, pool, 1));
                return response.status() == 200;
            });
            figures.put("ingest_one_signal_c" + concurrency, ingested.figures());
            row(
                    "Ingest one signal, concurrency " + concurrency + " (commands/s; p50/p99 ms)",
                    ingested.describe(),
                    ratio(ingested.perSecond(), raw.get("single_row_c" + concurrency)));
        }
        results.put("single_commands", figures);
    }

    private double maxBatchRate;

    private void batchIngestion(String company, List<String> pool, Map<String, Double> raw) {
        api.post("/api/v1/signals", signals(company, pool, settings.batchSize()));
        long start = System.nanoTime();
        int signals = 0;
        for (int i = 0; i < settings.batches(); i++) {
            var response = api.post("/api/v1/signals", signals(company, pool, settings.batchSize()));
            if (response.status() != 200) {
                throw new IllegalStateException("Batch refused: " + response);
            }
            signals += response.data().get("ingested").asInt();
        }
        maxBatchRate = signals / ((System.nanoTime() - start) / 1e9);
        results.put("batch_ingestion_signals_per_second", maxBatchRate);
        row(
                "Batch ingestion, batches of %,d (signals/s)".formatted(settings.batchSize()),
                rate(maxBatchRate),
                ratio(maxBatchRate, raw.get("batch_100")));
    }

    /** Ingestion paced at half the measured maximum; meanwhile probes time an accepted change until the summary shows it. */
    private void projectionLag(String company, List<String> pool) throws Exception {
        var probeCompany = company("Probe");
        var stop = new AtomicBoolean();
        double batchesPerSecond = maxBatchRate / 2 / settings.batchSize();
        try (var load = Executors.newSingleThreadExecutor()) {
            var loadDone = load.submit(() -> {
                long next = System.nanoTime();
                while (!stop.get()) {
                    api.post("/api/v1/signals", signals(company, pool, settings.batchSize()));
                    next += (long) (1e9 / batchesPerSecond);
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                return null;
            });
            var lags = new Latencies();
            long deadline = System.nanoTime() + (long) (settings.seconds() * 1e9);
            int probes = 0;
            while (System.nanoTime() < deadline || probes < 5) {
                probes++;
                var body = "{\"tenantId\": \"" + probeCompany + "\", \"employees\": [{\"email\": \"probe" + probes
                        + "@probe.example\"}]}";
                var accepted = api.send("PUT", "/api/v1/employees", body, List.of("Content-Type", "application/json"));
                if (accepted.status() != 200) {
                    throw new IllegalStateException("Probe refused: " + accepted);
                }
                long acceptedAt = System.nanoTime();
                while (api.get("/v1/scores/summary?tenantId=" + probeCompany)
                                .json()
                                .path("total_employees")
                                .asInt()
                        < probes) {
                    Thread.sleep(5);
                }
                lags.record(acceptedAt);
                Thread.sleep(200);
            }
            stop.set(true);
            loadDone.get();
            results.put(
                    "projection_lag_ms",
                    Map.of(
                            "p50",
                            lags.p50Ms(),
                            "p99",
                            lags.p99Ms(),
                            "probes",
                            lags.count(),
                            "load_signals_per_second",
                            maxBatchRate / 2));
            row(
                    "Projection lag at half load, accepted → in /v1/scores/summary (p50/p99 ms)",
                    "%.0f / %.0f (%d probes)".formatted(lags.p50Ms(), lags.p99Ms(), lags.count()),
                    "");
        }
    }

    private void replay(long events, long eventsBefore) throws Exception {
        var rebuild = api.post("/api/v1/operator/projections/rebuild", "{\"processors\": [\"score-projection\"]}");
        if (rebuild.status() != 202) {
            throw new IllegalStateException("Rebuild refused: " + rebuild);
        }
        long start = System.nanoTime();
        awaitCaughtUp();
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = events / seconds;
        results.put(
                "replay",
                Map.of(
                        "events", events,
                        "events_before_synthetic", eventsBefore,
                        "seconds", seconds,
                        "events_per_second", perSecond));
        row("Replay of score-projection over %,d events (events/s)".formatted(events), rate(perSecond), "");
    }

    private void reads(int employees, String tenant) throws Exception {
        var figures = new LinkedHashMap<String, Object>();
        for (var route : List.of(
                "/v1/scores/summary", "/v1/scores/distribution", "/v1/scores/top-risks", "/api/v1/dashboard/summary")) {
            var path = route + "?tenantId=" + tenant;
            for (int i = 0; i < 20; i++) {
                api.get(path);
            }
            var latencies = new Latencies();
            var tasks = new ArrayList<Callable<Void>>();
            for (int r = 0; r < settings.readers(); r++) {
                tasks.add(() -> {
                    for (int i = 0; i < settings.readsPerReader(); i++) {
                        long start = System.nanoTime();
                        var response = api.get(path);
                        if (response.status() != 200) {
                            throw new IllegalStateException(path + " answered " + response);
                        }
                        latencies.record(start);
                    }
                    return null;
                });
            }
            try (var readers = Executors.newFixedThreadPool(settings.readers())) {
                for (var future : readers.invokeAll(tasks)) {
                    future.get();
                }
            }
            figures.put(
                    route,
                    Map.of("p50_ms", latencies.p50Ms(), "p99_ms", latencies.p99Ms(), "reads", latencies.count()));
            row(
                    "%s at %,d employees, %d readers (p50/p99 ms)".formatted(route, employees, settings.readers()),
                    "%.1f / %.1f".formatted(latencies.p50Ms(), latencies.p99Ms()),
                    "");
        }
        @SuppressWarnings("unchecked")
        var reads = (Map<String, Object>) results.computeIfAbsent("reads", key -> new LinkedHashMap<String, Object>());
        reads.put(Integer.toString(employees), figures);
    }

    /** Until every processor, score-projection above all, has processed the whole log and none is replaying. */
    private void awaitCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + 3_600_000_000_000L;
        while (System.nanoTime() < deadline) {
            var status = api.get("/api/v1/operator/projections");
            if (status.status() == 200 && status.data().path("caughtUp").asBoolean()) {
                long head = status.data().path("head").asLong();
                for (var processor : status.data().path("processors")) {
                    if (processor.path("name").asText().equals("score-projection")
                            && !processor.path("replaying").asBoolean()
                            && processor.path("position").asLong() >= head) {
                        return;
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The projections did not catch up within an hour");
    }

    private void startService(String url) throws Exception {
        var started = ServiceProcess.start("service", url, OPERATOR_TOKEN, settings.workDir(), Map.of());
        service = started;
        api = HttpApi.at(started.port(), OPERATOR_TOKEN);
        scrapeLikePrometheus(started);
    }

    /** Every 15 s while the service runs, as the Prometheus server of a deployment would. */
    private static void scrapeLikePrometheus(ServiceProcess scraped) {
        var metrics = HttpApi.at(scraped.port(), null);
        Thread.ofPlatform().daemon().name("prometheus-scrape").start(() -> {
            while (scraped.isAlive()) {
                try {
                    metrics.get("/actuator/prometheus");
                    Thread.sleep(15_000);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException stopped) {
                    return;
                }
            }
        });
    }

    private String company(String name) {
        var response = api.post("/api/v3/companies", """
                {"name": "%s", "email": "it@%s.example", "subscription_package": "enterprise"}""".formatted(name, java.util.UUID.randomUUID()));
        if (response.status() != 201) {
            throw new IllegalStateException("Company not created: " + response);
        }
        return response.data().get("id").asText();
    }

    private List<String> employees(String company, int count) {
        var emails = new ArrayList<String>();
        for (int from = 0; from < count; from += 1_000) {
            var body = new StringBuilder("{\"tenantId\": \"" + company + "\", \"employees\": [");
            for (int i = from; i < Math.min(from + 1_000, count); i++) {
                var email = "e" + i + "@bench.example";
                emails.add(email);
                body.append(i == from ? "" : ",")
                        .append("{\"email\": \"")
                        .append(email)
                        .append("\", \"department\": \"d")
                        .append(i % 20)
                        .append("\"}");
            }
            var response = api.send(
                    "PUT",
                    "/api/v1/employees",
                    body.append("]}").toString(),
                    List.of("Content-Type", "application/json"));
            if (response.status() != 200) {
                throw new IllegalStateException("Employees refused: " + response);
            }
        }
        return emails;
    }

    private String signals(String company, List<String> pool, int count) {
        var occurred = Instant.now().minusSeconds(60).toString();
        var body = new StringBuilder("{\"tenantId\": \"" + company + "\", \"signals\": [");
        for (int i = 0; i < count; i++) {
            long id = externalIds.incrementAndGet();
            body.append(i == 0 ? "" : ",")
                    .append("{\"externalId\": \"x")
                    .append(id)
                    .append("\", \"source\": \"bench\", \"type\": \"")
                    .append(SIGNAL_TYPES.get((int) (id % SIGNAL_TYPES.size())))
                    .append("\", \"severity\": \"medium\", \"occurredAt\": \"")
                    .append(occurred)
                    .append("\", \"employee\": {\"email\": \"")
                    .append(pool.get((int) (id % pool.size())))
                    .append("\"}}");
        }
        return body.append("]}").toString();
    }

    /** Runs the call from the given number of threads for the configured time. */
    private Throughput measure(int concurrency, Callable<Boolean> call) throws Exception {
        var warmUpUntil = System.nanoTime() + (long) (Math.min(2, settings.seconds() / 4) * 1e9);
        while (System.nanoTime() < warmUpUntil) {
            call.call();
        }
        var latencies = new Latencies();
        var failures = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + (long) (settings.seconds() * 1e9);
        var tasks = new ArrayList<Callable<Void>>();
        for (int t = 0; t < concurrency; t++) {
            tasks.add(() -> {
                while (System.nanoTime() < deadline) {
                    long begin = System.nanoTime();
                    if (call.call()) {
                        latencies.record(begin);
                    } else {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        try (var threads = Executors.newFixedThreadPool(concurrency)) {
            for (var future : threads.invokeAll(tasks)) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " calls failed");
        }
        return new Throughput(latencies.count() / seconds, latencies);
    }

    private record Throughput(double perSecond, Latencies latencies) {

        Map<String, Object> figures() {
            return Map.of(
                    "per_second",
                    perSecond,
                    "p50_ms",
                    latencies.p50Ms(),
                    "p99_ms",
                    latencies.p99Ms(),
                    "count",
                    latencies.count());
        }

        String describe() {
            return "%s; %.1f / %.1f".formatted(rate(perSecond), latencies.p50Ms(), latencies.p99Ms());
        }
    }

    /** Samples the service's heap and resident memory every 500 ms while a phase runs. */
    private final class MemorySampler {

        private final Map<String, double[]> peaks = new LinkedHashMap<>();

        interface Phase {
            void run() throws Exception;
        }

        void during(String name, Phase phase) throws Exception {
            var peak = new double[] {0, 0};
            peaks.put(name, peak);
            var running = new AtomicBoolean(true);
            var sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    peak[0] = Math.max(peak[0], service.heapUsedMib());
                    peak[1] = Math.max(peak[1], service.residentMib());
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            boolean profiling = Boolean.getBoolean("bench.profile");
            if (profiling) {
                service.startRecording(name, settings.workDir().resolve(name + ".jfr"));
            }
            try {
                phase.run();
            } finally {
                if (profiling) {
                    service.stopRecording(name);
                }
                running.set(false);
                sampler.join();
            }
        }

        double peakHeap(String phase) {
            return peaks.get(phase)[0];
        }

        double peakResident(String phase) {
            return peaks.get(phase)[1];
        }

        Map<String, Object> figures() {
            var figures = new LinkedHashMap<String, Object>();
            peaks.forEach((phase, peak) ->
                    figures.put(phase, Map.of("peak_heap_mib", peak[0], "peak_resident_mib", peak[1])));
            return figures;
        }
    }

    private void row(String measure, String value, String ratio) {
        table.add(new String[] {measure, value, ratio});
    }

    private static String rate(double perSecond) {
        return "%,.0f".formatted(perSecond);
    }

    private static String ratio(double value, double ceiling) {
        return "%.4f".formatted(value / ceiling);
    }

    private static Map<String, Object> machine() {
        var machine = new LinkedHashMap<String, Object>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("date", Instant.now().toString());
        return machine;
    }
}
