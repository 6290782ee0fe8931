package io.scoreledger.infra.cluster;

import java.lang.management.ManagementFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several nodes on one database: the token store names this node as the owner of the segments it claims, and the
 * balancer spreads the segments over the live nodes. See docs/adr/0014-several-nodes-one-database.md.
 */
@Configuration
// Axon registers TokenStoreProperties with the token store this class replaces; it is named here for the claim timeout.
@EnableConfigurationProperties({ClusterProperties.class, TokenStoreProperties.class})
class ClusterConfiguration {

    private final String nodeId;
    private final ClusterProperties.Cluster cluster;

    ClusterConfiguration(ClusterProperties settings) {
        var configured = settings.nodeId();
        this.nodeId = configured == null || configured.isBlank() ? defaultNodeId() : configured.strip();
        this.cluster = settings.cluster();
    }

    /** Replaces the one of Axon's JDBC auto-configuration (a @ConditionalOnMissingBean), which cannot be given a node id. */
    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider, Serializer serializer, TokenStoreProperties tokenStore) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .serializer(serializer)
                .claimTimeout(tokenStore.getClaimTimeout())
                .nodeId(nodeId)
                .build();
    }

    @Bean
    SequencingPolicy<?> tenantSequencingPolicy() {
        return new TenantSequencingPolicy();
    }

    @Bean
    SharedTokens sharedTokens(JdbcTemplate jdbc, Serializer serializer) {
        return new SharedTokens(jdbc, serializer, nodeId);
    }

    @Bean
    NodeRegistry nodeRegistry(JdbcTemplate jdbc) {
        return new NodeRegistry(jdbc);
    }

    /** Command-line tasks run alone, with the service stopped; they take no part. */
    @Bean
    @ConditionalOnWebApplication
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, NodeRegistry nodes) {
        return new SegmentBalancer(processing, nodes, nodeId, cluster.heartbeatInterval(), cluster.nodeTimeout());
    }

    /** Host name and process id, as in "web-2-4711": unique per process on a host, and readable in token_entry. */
    private static String defaultNodeId() {
        var name = ManagementFactory.getRuntimeMXBean().getName();
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(at + 1) + "-" + name.substring(0, at);
    }
}
