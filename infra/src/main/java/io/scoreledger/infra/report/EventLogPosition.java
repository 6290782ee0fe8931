package io.scoreledger.infra.report;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the event log stands for a report: the last event that is not itself a report. Report events are left out
 * so that recording a report does not move the position the next one is pinned to.
 */
class EventLogPosition {

    /** Axon stores an aggregate's type by its simple class name. */
    static final String REPORT_AGGREGATE_TYPE = "Report";

    record Pin(long position, Instant timestamp) {}

    private final JdbcTemplate jdbc;

    EventLogPosition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Pin> current() {
        return jdbc
                .query(
                        "select globalindex, timestamp from domainevententry where type is distinct from ?"
                                + " order by globalindex desc limit 1",
                        (rs, i) -> new Pin(rs.getLong(1), Instant.parse(rs.getString(2))),
                        REPORT_AGGREGATE_TYPE)
                .stream()
                .findFirst();
    }
}
