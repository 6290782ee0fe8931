package io.scoreledger.infra.cluster;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Several nodes on one database (docs/adr/0014-several-nodes-one-database.md).
 *
 * @param nodeId  This node's name in tokenentry.owner and cluster_node; must differ between nodes sharing a database.
 *                Empty: host name and process id, as in web-2-4711.
 * @param cluster How the nodes find each other and share the processors' segments.
 */
@ConfigurationProperties("scoreledger")
public record ClusterProperties(
        @Nullable String nodeId, @DefaultValue Cluster cluster) {

    /**
     * @param heartbeatInterval How often a node records that it is alive and rebalances the processors' segments.
     * @param nodeTimeout       A node without a heartbeat for this long no longer counts towards the fair share.
     */
    public record Cluster(
            @DefaultValue("PT1S") Duration heartbeatInterval,
            @DefaultValue("PT5S") Duration nodeTimeout) {}
}
