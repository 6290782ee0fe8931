package io.scoreledger.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.scoreledger.employee.events.EmployeeRegistered;
import io.scoreledger.employee.events.EmployeeScoreChanged;
import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.ScoringModel;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.tenancy.events.CompanyCreated;
import io.scoreledger.values.SubscriptionPackage;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes a company and its employees straight into the event store, in exactly the form the service writes them
 * (the same records serialized the way Axon's serializer does), so that a log of millions of events exists in
 * seconds rather than hours of API calls. The service then has to process every one of them.
 */
final class SyntheticLog {

    private static final String INSERT = "insert into domainevententry (eventidentifier, aggregateidentifier,"
            + " sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final byte[] METADATA = "{\"actor\":\"system\",\"actorKind\":\"SYSTEM\"}".getBytes();

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final String url;

    SyntheticLog(String url) {
        this.url = url;
    }

    /** A company with the given number of employees, each registered and scored: 1 + 2 × employees events. */
    long company(TenantId tenant, int employees, Instant at) throws Exception {
        var random = new SplittableRandom(employees);
        long events = 0;
        try (var connection =
                DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true")) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(INSERT)) {
                add(
                        insert,
                        tenant.value(),
                        0,
                        "Company",
                        new CompanyCreated(
                                tenant,
                                "Synthetic " + employees,
                                "it@synthetic.example",
                                SubscriptionPackage.ENTERPRISE,
                                at,
                                at.plusSeconds(365L * 86_400)),
                        at);
                events++;
                for (int i = 0; i < employees; i++) {
                    var employee = EmployeeId.mint();
                    var department = "d" + (i % 20);
                    add(
                            insert,
                            employee.value(),
                            0,
                            "Employee",
                            new EmployeeRegistered(
                                    tenant, employee, "e" + i + "@synthetic.example", null, department, null, at),
                            at);
                    int score = 40 + random.nextInt(61);
                    add(
                            insert,
                            employee.value(),
                            1,
                            "Employee",
                            new EmployeeScoreChanged(
                                    tenant,
                                    employee,
                                    score,
                                    Band.of(score),
                                    null,
                                    department,
                                    ScoringModel.V1.version(),
                                    List.of(),
                                    null,
                                    EmployeeScoreChanged.Cause.REGISTERED,
                                    at),
                            at);
                    events += 2;
                    if (i % 500 == 499) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
        return events;
    }

    private void add(PreparedStatement insert, String aggregate, long sequence, String type, Record event, Instant at)
            throws Exception {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, aggregate);
        insert.setLong(3, sequence);
        insert.setString(4, type);
        insert.setString(5, at.toString());
        insert.setString(6, event.getClass().getName());
        insert.setString(7, "1");
        insert.setBytes(8, json.writeValueAsBytes(event));
        insert.setBytes(9, METADATA);
        insert.addBatch();
    }

    long eventCount() throws SQLException {
        try (var connection = DriverManager.getConnection(url);
                var rows = connection.createStatement().executeQuery("select count(*) from domainevententry")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
