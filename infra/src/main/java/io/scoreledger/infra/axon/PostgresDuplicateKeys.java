package io.scoreledger.infra.axon;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon's JDBC event store that an append hit a unique key, so it reports a ConcurrencyException (which the
 * gateway retries and the API answers with 409) instead of an EventStoreException. Axon's own resolver only knows
 * SQLIntegrityConstraintViolationException, which the PostgreSQL driver never throws: it says unique_violation in
 * the SQL state, on the batch's next exception.
 */
final class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (var next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
            if (!(next instanceof BatchUpdateException)) {
                return false;
            }
        }
        return false;
    }
}
