package io.scoreledger.query.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** One real PostgreSQL per test JVM, migrated with the read-model migrations this module ships. */
public final class ReadModelDatabase {

    private static DSLContext dsl;

    private ReadModelDatabase() {}

    public static synchronized DSLContext dsl() {
        if (dsl == null) {
            try {
                var postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away either way
                    }
                }));
                var dataSource = postgres.getPostgresDatabase();
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
                dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dsl;
    }
}
