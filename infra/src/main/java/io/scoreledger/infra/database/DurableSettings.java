package io.scoreledger.infra.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;

/**
 * What makes a commit the embedded PostgreSQL acknowledged survive an OS crash or a power loss. The embedded library
 * is built for tests: it starts the server with -F (fsync off) and synchronous_commit off, so an acknowledged event
 * could vanish, or the whole cluster be corrupted, by a crash of the machine. Settings given with -c come after its -F
 * on the server's command line and win over it. docs/operations/durability.md gives the cost.
 */
public final class DurableSettings {

    public static final Map<String, String> SERVER_CONFIG =
            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    private DurableSettings() {}

    public static EmbeddedPostgres.Builder applyTo(EmbeddedPostgres.Builder builder) {
        SERVER_CONFIG.forEach(builder::setServerConfig);
        return builder;
    }
}
