package io.scoreledger.infra.employee;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three integrations of one tenant post batches for the same employees at the same time, each in its own order, as
 * three connected tools (a phishing simulator, an HR sync, an EDR) would. None of them may see a conflict, and the
 * database must not have to break deadlocks between them.
 */
class ConcurrentBatchesHttpTest extends ApplicationTest {

    private static final int WRITERS = 3;
    private static final int ROUNDS = 12;
    private static final int EMPLOYEES = 100;
    private static final int BATCH = 50;

    @Autowired
    JdbcTemplate jdbc;

    record Answer(String request, int status, String body) {}

    @Test
    void
            givenThreeWritersOnTheSameEmployees_whenTheyPostBatchesConcurrently_thenNoDeadlockNoConflictAndEverySignalOnce()
                    throws Exception {
        var directory = new Directory(api());
        var company = directory.company("Concurrent MSP", "enterprise");
        var admin = api().withToken(directory.user(company, "msp_admin").token());
        var run = UUID.randomUUID().toString().substring(0, 8);
        var emails = IntStream.range(0, EMPLOYEES)
                .mapToObj(i -> "staff" + i + "-" + run + "@concurrent.example")
                .toList();
        var writers = IntStream.range(0, WRITERS)
                .mapToObj(w -> api().withToken(
                                Directory.apiKey(admin, company, "employees:write", "signals:write", "scores:read")))
                .toList();
        var occurredAt = Instant.now().minus(Duration.ofHours(1)).toString();
        long deadlocksBefore = deadlocks();
        var eventsBefore = eventStoreFill();

        var answers = new CopyOnWriteArrayList<Answer>();
        var accepted = ConcurrentHashMap.<String>newKeySet();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(WRITERS)) {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                pool.submit(() -> {
                    start.await();
                    var random = new Random(writer);
                    for (int round = 0; round < ROUNDS; round++) {
                        var picked = pick(emails, random);
                        var upsert = upsert(writers.get(writer), picked, "Dept " + writer + "-" + round);
                        answers.add(new Answer("employees w" + writer + " r" + round, upsert.status(), upsert.body()));
                        var externalIds = new ArrayList<String>();
                        var signals = new ArrayList<String>();
                        var owners = pick(emails, random);
                        for (int i = 0; i < picked.size(); i++) {
                            var externalId = run + "-w" + writer + "-r" + round + "-" + i;
                            externalIds.add(externalId);
                            signals.add("""
                                    {"externalId": "%s", "source": "concurrency", "type": "phishing_click",
                                     "severity": "low", "occurredAt": "%s", "employee": {"email": "%s"}}""".formatted(externalId, occurredAt, owners.get(i)));
                        }
                        var ingest = writers.get(writer)
                                .post("/api/v1/signals", "{\"signals\": [" + String.join(",", signals) + "]}");
                        answers.add(new Answer("signals w" + writer + " r" + round, ingest.status(), ingest.body()));
                        if (ingest.status() == 200
                                && ingest.data().get("ingested").asInt() == BATCH) {
                            accepted.addAll(externalIds);
                        }
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(answers).hasSize(WRITERS * ROUNDS * 2);
        assertThat(answers)
                .as("every batch answered 2xx")
                .allSatisfy(answer ->
                        assertThat(answer.status()).as(answer.toString()).isBetween(200, 299));
        assertThat(accepted).as("every signal of every batch accepted").hasSize(WRITERS * ROUNDS * BATCH);
        assertThat(projectedSignalsEventually(company, accepted.size()))
                .as("every accepted signal in the read model exactly once")
                .isEqualTo(accepted.stream().collect(Collectors.toMap(id -> id, id -> 1)));
        assertThat(deadlocks()).as("deadlocks PostgreSQL had to break").isEqualTo(deadlocksBefore);
        var eventsAfter = eventStoreFill();
        long appended = eventsAfter.events() - eventsBefore.events();
        assertThat(eventsAfter.gap() - eventsBefore.gap())
                .as("global index values burned by rolled-back appends, of %d events appended", appended)
                .isLessThan(appended / 10);
    }

    private static List<String> pick(List<String> emails, Random random) {
        var shuffled = new ArrayList<>(emails);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, BATCH);
    }

    private static HttpApi.Response upsert(HttpApi writer, List<String> emails, String department) {
        var items = emails.stream()
                .map(email -> "{\"email\": \"%s\", \"department\": \"%s\"}".formatted(email, department))
                .collect(Collectors.joining(","));
        return writer.send(
                "PUT",
                "/api/v1/employees",
                "{\"employees\": [" + items + "]}",
                List.of("Content-Type", "application/json"));
    }

    /** external id to how many signal rows carry it; waits for the projection to catch up with what was accepted. */
    private Map<String, Integer> projectedSignalsEventually(String company, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, Integer> rows;
        do {
            rows = new HashMap<>();
            for (var row : jdbc.queryForList(
                    "select external_id, count(*)::int as copies from read_model.signal"
                            + " where company_id = ? and source = 'concurrency' group by external_id",
                    company)) {
                rows.put((String) row.get("external_id"), (Integer) row.get("copies"));
            }
            if (rows.size() >= expected) {
                return rows;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return rows;
    }

    record Fill(long events, long gap) {}

    private Fill eventStoreFill() {
        return jdbc.queryForObject(
                "select count(*), coalesce(max(globalindex), 0) - count(*) from domainevententry",
                (rs, i) -> new Fill(rs.getLong(1), rs.getLong(2)));
    }

    /**
     * Backends report their statistics at most once a second, so a deadlock broken in the last moments of the run is
     * counted a little later: the count is read until it has been still for two seconds.
     */
    private long deadlocks() throws InterruptedException {
        long last = readDeadlocks();
        for (int still = 0; still < 4; ) {
            Thread.sleep(500);
            long now = readDeadlocks();
            still = now == last ? still + 1 : 0;
            last = now;
        }
        return last;
    }

    private long readDeadlocks() {
        return jdbc.queryForObject(
                "select deadlocks from pg_stat_database where datname = current_database()", Long.class);
    }
}
