package io.scoreledger.infra.projection;

import java.util.List;
import java.util.Locale;
import org.jooq.Table;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables a blue/green rebuild writes into: a schema of their own, next to the live read_model, holding empty
 * copies of one projection's tables (same columns, constraints and index names), and the swap that moves them into
 * the live schema in place of the old ones.
 */
final class ShadowSchema {

    private final JdbcTemplate jdbc;
    private final String live;
    private final String shadow;
    private final List<String> tables;

    ShadowSchema(JdbcTemplate jdbc, String processingGroup, List<Table<?>> tables) {
        this.jdbc = jdbc;
        this.live = tables.getFirst().getSchema().getName();
        this.shadow = nameFor(processingGroup);
        this.tables = tables.stream().map(Table::getName).toList();
        if (tables.stream().anyMatch(table -> !live.equals(table.getSchema().getName()))) {
            throw new IllegalArgumentException(processingGroup + ": its tables must all live in one schema");
        }
    }

    static String nameFor(String processingGroup) {
        return "rebuild_" + processingGroup.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    String name() {
        return shadow;
    }

    String live() {
        return live;
    }

    List<String> tables() {
        return tables;
    }

    /**
     * Starts from nothing: whatever an earlier, unfinished rebuild left is dropped. Indexes and constraints are copied
     * by definition under their own names (an index name is unique per schema only), so after the swap a later
     * migration that names one still finds it.
     */
    void create() {
        drop();
        jdbc.execute("create schema " + quote(shadow));
        for (var table : tables) {
            jdbc.execute("create table %s.%s (like %s.%s including defaults including generated including identity"
                            .formatted(quote(shadow), quote(table), quote(live), quote(table))
                    + " including storage including comments)");
            copyConstraints(table);
            copyIndexes(table);
        }
    }

    /**
     * Replaces the live tables by the shadow's, in the caller's transaction: readers wait on the drop's lock for as
     * long as the transaction lasts and then find the new table under the old name.
     */
    void swapIntoLive() {
        jdbc.execute("set local lock_timeout = '5s'");
        for (var table : tables) {
            jdbc.execute("drop table %s.%s".formatted(quote(live), quote(table)));
            jdbc.execute("alter table %s.%s set schema %s".formatted(quote(shadow), quote(table), quote(live)));
        }
        jdbc.execute("drop schema " + quote(shadow));
    }

    void drop() {
        jdbc.execute("drop schema if exists " + quote(shadow) + " cascade");
    }

    private void copyConstraints(String table) {
        var constraints = jdbc.query("""
                select c.conname, pg_get_constraintdef(c.oid)
                from pg_constraint c
                join pg_class t on t.oid = c.conrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = ? and t.relname = ? and c.contype in ('p', 'u', 'c', 'x')
                order by c.contype, c.conname""", (row, number) -> List.of(row.getString(1), row.getString(2)), live, table);
        for (var constraint : constraints) {
            jdbc.execute("alter table %s.%s add constraint %s %s"
                    .formatted(quote(shadow), quote(table), quote(constraint.get(0)), constraint.get(1)));
        }
    }

    /** Indexes that back no constraint; pg_indexes gives each one's statement, schema-qualified. */
    private void copyIndexes(String table) {
        var definitions = jdbc.queryForList("""
                select i.indexdef from pg_indexes i
                where i.schemaname = ? and i.tablename = ?
                  and not exists (
                      select 1 from pg_constraint c
                      join pg_class x on x.oid = c.conindid
                      join pg_namespace n on n.oid = x.relnamespace
                      where n.nspname = i.schemaname and x.relname = i.indexname)
                order by i.indexname""", String.class, live, table);
        var liveTable = " ON %s.%s ".formatted(quote(live), quote(table));
        var liveTableUnquoted = " ON %s.%s ".formatted(live, table);
        var shadowTable = " ON %s.%s ".formatted(quote(shadow), quote(table));
        for (var definition : definitions) {
            var copy = definition.replace(liveTable, shadowTable).replace(liveTableUnquoted, shadowTable);
            if (copy.equals(definition)) {
                throw new IllegalStateException("Cannot copy index definition: " + definition);
            }
            jdbc.execute(copy);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
