package io.scoreledger.query.projection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Content digests of the read_model schema, table by table: SHA-256 over each row's text form, one line per row,
 * rows sorted by that text in byte order ("C" collation), so the digest depends on the rows and nothing else. The
 * tables are found in the catalogue, so a table added by a later migration is covered without a change here. Each
 * table is read in a snapshot of its own: compare digests taken while no processor is writing.
 */
public class ReadModelDigestRepository {

    static final String SCHEMA = "read_model";
    private static final int FETCH_SIZE = 1_000;

    private final DSLContext dsl;

    public ReadModelDigestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public SortedMap<String, String> digests() {
        return dsl.transactionResult(configuration -> {
            var tx = DSL.using(configuration);
            var digests = new TreeMap<String, String>();
            for (var table : tx.fetch("""
                            select table_name from information_schema.tables
                            where table_schema = {0} and table_type = 'BASE TABLE'""", DSL.inline(SCHEMA)).getValues(0, String.class)) {
                digests.put(table, digest(tx, table));
            }
            return digests;
        });
    }

    private static String digest(DSLContext tx, String table) {
        var sha256 = sha256();
        var rowsInByteOrder = "select t::text as row from {0} as t order by t::text collate \"C\"";
        try (var rows = tx.resultQuery(rowsInByteOrder, DSL.table(DSL.name(SCHEMA, table)))
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (var row : rows) {
                sha256.update(row.get(0, String.class).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
