package io.scoreledger.infra.projection;

import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * A projection that is rebuilt beside its live tables: the tables it owns (and nothing else may write), and how to
 * make its event handlers write through a given DSLContext, which during a rebuild renders those tables' schema as
 * the shadow schema. Declared as a bean; the rebuilder finds every one.
 *
 * @param processingGroup the processing group (and processor) whose handlers write the tables
 * @param tables the tables the projection owns, all in one schema; nothing else is written by its handlers
 * @param handlers builds the processing group's event handlers writing through the given DSLContext
 */
public record BlueGreenProjection(
        String processingGroup, List<Table<?>> tables, Function<DSLContext, Object> handlers) {

    public BlueGreenProjection {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException(processingGroup + ": a blue/green projection names its tables");
        }
        tables = List.copyOf(tables);
    }
}
