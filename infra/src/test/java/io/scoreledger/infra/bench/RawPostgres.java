package io.scoreledger.infra.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling: how fast this PostgreSQL takes rows shaped like Axon's domainevententry (same columns, keys and a
 * payload of the size our events have), with no framework in between.
 */
final class RawPostgres {

    private static final String INSERT =
            "insert into bench_event (eventidentifier, aggregateidentifier, sequencenumber,"
                    + " type, timestamp, payloadtype, payloadrevision, payload, metadata) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final byte[] PAYLOAD = ("{\"tenantId\":{\"value\":\"cmp_0123456789abcdefghij\"},"
                    + "\"employeeId\":{\"value\":\"emp_0123456789abcdefghij\"},\"signalId\":{\"value\":\"sig_0123456789\"},"
                    + "\"source\":\"bench\",\"externalId\":\"x-000000\",\"type\":\"PHISHING_CLICK\",\"severity\":\"HIGH\","
                    + "\"occurredAt\":\"2026-11-29T10:00:00Z\",\"details\":{},\"recordedAt\":\"2026-11-29T10:00:01Z\"}")
            .getBytes();
    private static final byte[] METADATA = "{\"actor\":\"operator\",\"actorKind\":\"OPERATOR\"}".getBytes();

    private final String url;

    RawPostgres(String url) throws SQLException {
        this.url = url;
        try (var connection = connect();
                var statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_event");
            statement.execute("create table bench_event (globalindex bigserial primary key,"
                    + " eventidentifier varchar(255) not null unique, aggregateidentifier varchar(255) not null,"
                    + " sequencenumber bigint not null, type varchar(255), timestamp varchar(255) not null,"
                    + " payloadtype varchar(255) not null, payloadrevision varchar(255), payload bytea not null,"
                    + " metadata bytea, unique (aggregateidentifier, sequencenumber))");
        }
    }

    /** Rows per second, one row per transaction, for the given time on each of the given connections. */
    double singleRowInserts(int connections, double seconds) throws Exception {
        var rows = new AtomicLong();
        var tasks = new ArrayList<Callable<Void>>();
        var allConnected = new CyclicBarrier(connections + 1);
        var deadline = new AtomicLong();
        for (int c = 0; c < connections; c++) {
            tasks.add(() -> {
                try (var connection = connect();
                        var insert = connection.prepareStatement(INSERT)) {
                    var aggregate = UUID.randomUUID().toString();
                    long sequence = 0;
                    allConnected.await();
                    allConnected.await();
                    while (System.nanoTime() < deadline.get()) {
                        bind(insert, aggregate, sequence++);
                        insert.executeUpdate();
                        rows.incrementAndGet();
                    }
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(connections)) {
            var futures = tasks.stream().map(pool::submit).toList();
            allConnected.await();
            long start = System.nanoTime();
            deadline.set(start + (long) (seconds * 1e9));
            allConnected.await();
            for (var future : futures) {
                future.get();
            }
            return rows.get() / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Rows per second in transactions of batchSize rows, one connection. */
    double batchedInserts(int batchSize, double seconds) throws SQLException {
        long rows = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        try (var connection = connect()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(INSERT)) {
                var aggregate = UUID.randomUUID().toString();
                long sequence = 0;
                while (System.nanoTime() < deadline) {
                    for (int i = 0; i < batchSize; i++) {
                        bind(insert, aggregate, sequence++);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                    rows += batchSize;
                }
            }
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static void bind(java.sql.PreparedStatement insert, String aggregate, long sequence) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, aggregate);
        insert.setLong(3, sequence);
        insert.setString(4, "Employee");
        insert.setString(5, "2026-11-29T10:00:01.000Z");
        insert.setString(6, "io.scoreledger.employee.events.SignalRecorded");
        insert.setString(7, "1");
        insert.setBytes(8, PAYLOAD);
        insert.setBytes(9, METADATA);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
    }
}
