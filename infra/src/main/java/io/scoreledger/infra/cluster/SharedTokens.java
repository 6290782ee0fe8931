package io.scoreledger.infra.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every segment of every streaming processor as the token store holds it, whichever node processes it. A node's own
 * processors only know the segments it holds; the others' progress is what they last committed with their tokens.
 * Read only: fetching a token through Axon's token store would claim it.
 */
public class SharedTokens {

    private static final Logger LOG = LoggerFactory.getLogger(SharedTokens.class);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String nodeId;

    SharedTokens(JdbcTemplate jdbc, Serializer serializer, String nodeId) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.nodeId = nodeId;
    }

    /**
     * One segment: who claims it (null: nobody; a claim may be stale, see the claim timeout), the global index its
     * committed token has reached (null before the first event), and whether it replays short of its reset position.
     */
    public record Segment(int segment, String owner, Long position, boolean replaying, boolean claimedElsewhere) {}

    /** By processor name, segments in order. */
    public Map<String, List<Segment>> segments() {
        var byProcessor = new LinkedHashMap<String, List<Segment>>();
        jdbc.query(
                "select processorname, segment, owner, token, tokentype from tokenentry order by processorname, segment",
                row -> {
                    var token = token(row.getString(1), row.getBytes(4), row.getString(5));
                    var owner = row.getString(3);
                    byProcessor
                            .computeIfAbsent(row.getString(1), name -> new ArrayList<>())
                            .add(new Segment(
                                    row.getInt(2),
                                    owner,
                                    token == null
                                            ? null
                                            : token.position().stream()
                                                    .boxed()
                                                    .findFirst()
                                                    .orElse(null),
                                    replaying(token),
                                    owner != null && !owner.equals(nodeId)));
                });
        return byProcessor;
    }

    public String nodeId() {
        return nodeId;
    }

    private TrackingToken token(String processor, byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        try {
            return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
        } catch (RuntimeException e) {
            LOG.debug("Could not read a token of {}", processor, e);
            return null;
        }
    }

    private static boolean replaying(TrackingToken token) {
        if (!(token instanceof ReplayToken replay)) {
            return false;
        }
        var reset = replay.getTokenAtReset();
        var position = replay.position();
        return reset == null
                || position.isEmpty()
                || position.getAsLong() < reset.position().orElse(Long.MAX_VALUE);
    }
}
