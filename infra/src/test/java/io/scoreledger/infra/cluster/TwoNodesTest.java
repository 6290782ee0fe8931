package io.scoreledger.infra.cluster;

import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.infra.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two service processes on one PostgreSQL, as two nodes of a site: both take commands, the processors' segments are
 * spread over them through the token store, and when one is killed the other takes its segments over.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final String OPERATOR_TOKEN = "two-nodes-operator-token-0123456789";
    private static final String STATUS = "/api/v1/operator/projections";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<String> TYPES =
            List.of("phishing_click", "training_completed", "malware_detected", "phish_reported");

    /** Kept when a test fails, with each node's log (node-a/node-a.log). */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path workDir;

    private static EmbeddedPostgres postgres;
    private static String jdbcUrl;
    private static final Map<String, ServiceProcess> nodes = new LinkedHashMap<>();
    private static final AtomicInteger externalIds = new AtomicInteger();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(workDir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .start();
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        // One after the other: the first node claims every segment, and has to give half of them away.
        node("node-a");
        node("node-b");
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (var node : nodes.values()) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /**
     * Every batch names the same three employees, from two writers on each node. A command that loses the race is sent
     * again; one that loses every retry is refused with 409 and leaves nothing behind. Either way no signal is lost
     * and none is recorded twice.
     */
    @Test
    @Order(1)
    void givenTwoNodes_whenBothWriteToTheSameEmployeesAtOnce_thenEveryAcceptedSignalIsRecordedOnce() throws Exception {
        var a = api("node-a");
        var b = api("node-b");
        var company = new Directory(a).company("Contended MSP", "enterprise");
        var employees = employees(b, company, "contended", 3);
        long retriesBefore = retriesLogged();
        var accepted = new ConcurrentLinkedQueue<String>();
        var refused = new ConcurrentLinkedQueue<String>();
        var refusals = new ConcurrentLinkedQueue<String>();

        try (var writers = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ArrayList<Future<?>>();
            for (int writer = 0; writer < 4; writer++) {
                var api = writer % 2 == 0 ? a : b;
                done.add(writers.submit(() -> {
                    for (int batch = 0; batch < 15; batch++) {
                        var ids = externalIds("contended", 3);
                        var response = api.post("/api/v1/signals", signals(company, employees, ids));
                        if (response.status() == 200
                                && response.data().get("ingested").asInt() == ids.size()) {
                            accepted.addAll(ids);
                        } else {
                            refused.addAll(ids);
                            refusals.add(response.toString());
                        }
                        Thread.sleep(ThreadLocalRandom.current().nextInt(20));
                    }
                    return null;
                }));
            }
            for (var writer : done) {
                writer.get();
            }
        }
        long retries = retriesLogged() - retriesBefore;
        System.out.printf(
                "Two nodes, four writers, three employees: %d signals accepted, %d refused, %d retries%n",
                accepted.size(), refused.size(), retries);

        assertThat(retries).as("the writers did collide").isPositive();
        assertThat(refusals)
                .as("a batch that loses every retry is a conflict, nothing worse")
                .allSatisfy(refusal -> assertThat(refusal).startsWith("409 ").contains("\"CONFLICT\""));
        assertThat(accepted).hasSize(4 * 15 * 3 - refused.size());
        assertThat(storedExternalIds("contended"))
                .as("in the event store, once each, and nothing refused")
                .containsExactlyInAnyOrderElementsOf(accepted);
        awaitTrue(() -> readModelExternalIds("contended").size() >= accepted.size(), "the read model has every signal");
        assertThat(readModelExternalIds("contended"))
                .as("in the read model, once each")
                .containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(gapsInEmployeeStreams(company))
                .as("every employee's stream has sequences 0, 1, 2, ...")
                .isZero();
    }

    /** Last only to spare a restart of the killed node; the other test starts it again if it runs later. */
    @Test
    @Order(2)
    void givenTwoNodesSharingTheSegments_whenOneIsKilledMidStream_thenTheOtherTakesOverAndNothingIsLostOrAppliedTwice()
            throws Exception {
        var a = api("node-a");
        var b = api("node-b");
        awaitTrue(() -> balanced(claims()), "both nodes hold a fair share of the segments");
        var split = claims();
        assertThat(split.values().stream().map(Claim::owner).distinct().toList())
                .containsExactlyInAnyOrder("node-a", "node-b");
        System.out.println("Segments before the kill: " + split);

        var directory = new Directory(a);
        var companies =
                List.of(directory.company("North MSP", "enterprise"), directory.company("South MSP", "enterprise"));
        var employees = new LinkedHashMap<String, List<String>>();
        for (var company : companies) {
            employees.put(company, employees(b, company, "kill", 10));
        }

        // Each node reports every processor caught up, the segments the other node holds included.
        for (var node : List.of(a, b)) {
            awaitStatus(
                    node,
                    data -> data.get("caughtUp").asBoolean()
                            && lags(data).stream().allMatch(lag -> lag == 0)
                            && owners(data).equals(Set.of("node-a", "node-b")));
        }

        var accepted = new ConcurrentLinkedQueue<String>();
        var acceptedByB = new AtomicInteger();
        var uncertain = new ConcurrentLinkedQueue<String>();
        var refusedBySurvivor = new ConcurrentLinkedQueue<String>();
        var stop = new AtomicBoolean();
        int acceptedAtKill;
        Instant killedAt;
        Duration takeover;
        try (var writers = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ArrayList<Future<?>>();
            for (int writer = 0; writer < 4; writer++) {
                boolean survivor = writer % 2 == 0;
                var api = survivor ? a : b;
                done.add(writers.submit(() -> {
                    while (!stop.get()) {
                        var company = companies.get(ThreadLocalRandom.current().nextInt(companies.size()));
                        var ids = externalIds("kill", 5);
                        try {
                            var response = api.post("/api/v1/signals", signals(company, employees.get(company), ids));
                            if (response.status() == 200
                                    && response.data().get("ingested").asInt() == ids.size()) {
                                accepted.addAll(ids);
                                if (!survivor) {
                                    acceptedByB.addAndGet(ids.size());
                                }
                                continue;
                            }
                            uncertain.addAll(ids);
                            if (survivor) {
                                refusedBySurvivor.add(response.toString());
                            }
                        } catch (RuntimeException unreachable) {
                            uncertain.addAll(ids);
                            if (survivor) {
                                refusedBySurvivor.add(unreachable.toString());
                            } else {
                                return null;
                            }
                        }
                    }
                    return null;
                }));
            }
            awaitTrue(() -> acceptedByB.get() >= 50 && accepted.size() >= 150, "both nodes have taken signals");
            acceptedAtKill = accepted.size();
            nodes.get("node-b").kill();
            killedAt = Instant.now();
            awaitTrue(
                    () -> claims().values().stream().allMatch(claim -> "node-a".equals(claim.owner())),
                    "node-a has taken over every segment");
            takeover = Duration.between(killedAt, Instant.now());
            int afterTakeover = accepted.size();
            awaitTrue(() -> accepted.size() >= afterTakeover + 100, "node-a goes on taking signals");
            stop.set(true);
            for (var writer : done) {
                writer.get();
            }
        }
        System.out.printf(
                "Killed node-b after %d accepted signals (%d through node-b); node-a held every segment %d ms"
                        + " later; %d signals accepted in all, %d with an unknown outcome%n",
                acceptedAtKill, acceptedByB.get(), takeover.toMillis(), accepted.size(), uncertain.size());

        assertThat(refusedBySurvivor).as("the survivor refuses nothing").isEmpty();
        awaitStatus(
                a,
                data -> data.get("caughtUp").asBoolean() && lags(data).stream().allMatch(lag -> lag == 0));
        var stored = storedExternalIds("kill");
        assertThat(new HashSet<>(stored)).as("no signal is stored twice").hasSameSizeAs(stored);
        assertThat(stored).as("every accepted signal is stored").containsAll(accepted);
        assertThat(Set.copyOf(stored)).as("nothing but what was sent").isSubsetOf(union(accepted, uncertain));
        assertThat(readModelExternalIds("kill"))
                .as("every stored signal is in the read model once")
                .containsExactlyInAnyOrderElementsOf(stored);

        var before = digests(a);
        var rebuild = a.post("/api/v1/operator/projections/rebuild", "{}");
        assertSuccess(rebuild, 202);
        var rebuilt = new ArrayList<String>();
        rebuild.data().get("processors").forEach(name -> rebuilt.add(name.asText()));
        assertThat(rebuilt).contains("score-projection", "audit-chain", "tenancy-projection");
        awaitStatus(a, data -> {
            var caughtUpAt = new ArrayList<String>();
            data.get("processors").forEach(processor -> {
                if (processor.hasNonNull("caughtUpAt")) {
                    caughtUpAt.add(processor.get("name").asText());
                }
            });
            return data.get("caughtUp").asBoolean() && caughtUpAt.containsAll(rebuilt);
        });
        var after = digests(a);
        assertThat(after.head()).as("no event was appended meanwhile").isEqualTo(before.head());
        assertThat(after.digests())
                .as("the read models equal a rebuild from the log")
                .isEqualTo(before.digests());
    }

    private static ServiceProcess node(String name) throws Exception {
        var node = nodes.get(name);
        if (node != null && node.isAlive()) {
            return node;
        }
        node = ServiceProcess.start(
                name,
                jdbcUrl,
                OPERATOR_TOKEN,
                workDir.resolve(name),
                Map.of(
                        "scoreledger.node-id", name,
                        "spring.datasource.hikari.maximum-pool-size", "15",
                        // Two segments: with the tenant sequencing policy, two tenants' scores may go to two nodes.
                        "axon.eventhandling.processors.score-projection.initial-segment-count", "2",
                        "scoreledger.scores.decay-sweep-enabled", "false",
                        "logging.level.io.scoreledger.infra.cluster", "INFO",
                        "logging.level.org.axonframework.commandhandling.gateway", "INFO"),
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        nodes.put(name, node);
        return node;
    }

    /** A killed node is started again for the test that needs it, whatever ran before. */
    private static HttpApi api(String name) throws Exception {
        return HttpApi.at(node(name).port(), OPERATOR_TOKEN);
    }

    private static List<String> employees(HttpApi api, String company, String prefix, int count) {
        var emails = new ArrayList<String>();
        var body = new StringBuilder("{\"tenantId\": \"" + company + "\", \"employees\": [");
        for (int i = 0; i < count; i++) {
            var email = prefix + i + "-" + company.substring(company.length() - 6) + "@nodes.example";
            emails.add(email);
            body.append(i == 0 ? "" : ",")
                    .append("{\"email\": \"")
                    .append(email)
                    .append("\", \"department\": \"d")
                    .append(i % 3)
                    .append("\"}");
        }
        var response = api.send(
                "PUT", "/api/v1/employees", body.append("]}").toString(), List.of("Content-Type", "application/json"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return emails;
    }

    private static List<String> externalIds(String prefix, int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            ids.add(prefix + "-" + externalIds.incrementAndGet());
        }
        return ids;
    }

    private static String signals(String company, List<String> employees, List<String> externalIds) {
        var occurred = Instant.now().minusSeconds(60).toString();
        var random = ThreadLocalRandom.current();
        var body = new StringBuilder("{\"tenantId\": \"" + company + "\", \"signals\": [");
        for (int i = 0; i < externalIds.size(); i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"externalId\": \"")
                    .append(externalIds.get(i))
                    .append("\", \"source\": \"two-nodes\", \"type\": \"")
                    .append(TYPES.get(random.nextInt(TYPES.size())))
                    .append("\", \"severity\": \"medium\", \"occurredAt\": \"")
                    .append(occurred)
                    .append("\", \"employee\": {\"email\": \"")
                    .append(employees.get(random.nextInt(employees.size())))
                    .append("\"}}");
        }
        return body.append("]}").toString();
    }

    private record Claim(String owner) {
        @Override
        public String toString() {
            return owner;
        }
    }

    /** Every segment of every processor ("score-projection/1"), with the node that claims it. */
    private static Map<String, Claim> claims() {
        var claims = new TreeMap<String, Claim>();
        query("select processorname, segment, owner from tokenentry", row -> {
            claims.put(row.getString(1) + "/" + row.getInt(2), new Claim(row.getString(3)));
        });
        return claims;
    }

    private static boolean balanced(Map<String, Claim> claims) {
        int fairShare = Math.ceilDiv(claims.size(), 2);
        var perNode = new TreeMap<String, Integer>();
        claims.values().forEach(claim -> perNode.merge(String.valueOf(claim.owner()), 1, Integer::sum));
        return claims.size() >= 10
                && perNode.keySet().equals(Set.of("node-a", "node-b"))
                && perNode.values().stream().allMatch(count -> count <= fairShare);
    }

    private static List<String> storedExternalIds(String prefix) {
        var ids = new ArrayList<String>();
        query(
                "select convert_from(payload, 'UTF8')::jsonb ->> 'externalId' from domainevententry"
                        + " where payloadtype = 'io.scoreledger.employee.events.SignalRecorded'"
                        + " and convert_from(payload, 'UTF8')::jsonb ->> 'externalId' like '" + prefix + "-%'",
                row -> ids.add(row.getString(1)));
        return ids;
    }

    private static List<String> readModelExternalIds(String prefix) {
        var ids = new ArrayList<String>();
        query(
                "select external_id from read_model.signal where source = 'two-nodes' and external_id like '" + prefix
                        + "-%'",
                row -> ids.add(row.getString(1)));
        return ids;
    }

    /** Streams whose event count differs from their highest sequence number plus one. */
    private static int gapsInEmployeeStreams(String company) {
        var gaps = new AtomicInteger();
        query(
                "select e.aggregateidentifier, count(*), max(e.sequencenumber) from domainevententry e"
                        + " join read_model.employee m on m.id = e.aggregateidentifier"
                        + " where m.company_id = '" + company + "' group by e.aggregateidentifier",
                row -> {
                    if (row.getLong(2) != row.getLong(3) + 1) {
                        gaps.incrementAndGet();
                    }
                });
        return gaps.get();
    }

    private static long retriesLogged() throws Exception {
        long retries = 0;
        for (var node : nodes.values()) {
            try (var lines = Files.lines(node.log())) {
                retries += lines.filter(line -> line.contains("Will retry")).count();
            }
        }
        return retries;
    }

    private interface Row {
        void read(java.sql.ResultSet row) throws SQLException;
    }

    private static void query(String sql, Row row) {
        try (var connection = DriverManager.getConnection(jdbcUrl);
                var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Set<String> union(ConcurrentLinkedQueue<String> first, ConcurrentLinkedQueue<String> second) {
        var all = new HashSet<>(first);
        all.addAll(second);
        return all;
    }

    private static List<Long> lags(JsonNode data) {
        var lags = new ArrayList<Long>();
        data.get("processors").forEach(processor -> {
            if (processor.hasNonNull("lag")) {
                lags.add(processor.get("lag").asLong());
            }
        });
        return lags;
    }

    /** The nodes the status route names as processing some segment. */
    private static Set<String> owners(JsonNode data) {
        var owners = new HashSet<String>();
        data.get("processors")
                .forEach(processor -> processor
                        .path("segments")
                        .forEach(segment -> owners.add(segment.path("owner").asText())));
        return owners;
    }

    private record Digests(long head, Map<String, String> digests) {}

    private static Digests digests(HttpApi api) {
        var data = api.get(STATUS + "?digests=true").data();
        var digests = new TreeMap<String, String>();
        data.get("digests")
                .properties()
                .forEach(entry -> digests.put(entry.getKey(), entry.getValue().asText()));
        return new Digests(data.get("head").asLong(), digests);
    }

    private static void awaitStatus(HttpApi api, Predicate<JsonNode> condition) throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        var response = api.get(STATUS);
        while (!(response.status() == 200 && condition.test(response.data()))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            response = api.get(STATUS);
        }
        assertThat(response.status() == 200 && condition.test(response.data()))
                .as(response.toString())
                .isTrue();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now())
                    .as("waited %s for this: %s", PATIENCE, what)
                    .isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
