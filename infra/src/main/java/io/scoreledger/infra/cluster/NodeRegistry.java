package io.scoreledger.infra.cluster;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The cluster_node table, on the database's clock so that nodes whose clocks differ still agree on who is alive. */
class NodeRegistry {

    private final JdbcTemplate jdbc;

    NodeRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A node that comes back after it was taken for dead joins again. */
    void heartbeat(String nodeId, Duration timeout) {
        jdbc.update("""
                insert into cluster_node (node_id, joined_at, heartbeat_at) values (?, now(), now())
                on conflict (node_id) do update set heartbeat_at = now(),
                    joined_at = case when cluster_node.heartbeat_at < now() - make_interval(secs => ?)
                                     then now() else cluster_node.joined_at end
                """, nodeId, seconds(timeout));
    }

    List<String> live(Duration timeout) {
        return jdbc.queryForList(
                "select node_id from cluster_node where heartbeat_at >= now() - make_interval(secs => ?) order by node_id",
                String.class,
                seconds(timeout));
    }

    void leave(String nodeId) {
        jdbc.update("delete from cluster_node where node_id = ?", nodeId);
    }

    void forgetLongGone(Duration age) {
        jdbc.update("delete from cluster_node where heartbeat_at < now() - make_interval(secs => ?)", seconds(age));
    }

    /** Every segment of the named processors, with the node that claims it (null: nobody). */
    List<Claim> claims(List<String> processors) {
        if (processors.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select processorname, segment, owner from tokenentry where processorname = any(?) "
                        + "order by processorname, segment",
                (row, index) -> new Claim(row.getString(1), row.getInt(2), row.getString(3)),
                (Object) processors.toArray(String[]::new));
    }

    record Claim(String processor, int segment, String owner) {}

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
