package org.rudprk.common.errors;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Where the data layer turns a failed statement into what the client is told: by the SQLState
 * of the driver's SQLException and the exception's type, never by its text. Every statement
 * /graphql runs goes through here: {@link org.rudprk.common.Sql#rows}, {@link org.rudprk.common.Sql#count}
 * and, for Hibernate's own queries, {@link #reading}.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /**
     * Runs Hibernate work (a Panache look-up, a native query) and translates its failure as
     * {@link #translate} does.
     */
    public static <T> T reading(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * The {@link DatabaseException} a failure of a statement stands for, or the failure itself
     * when it is none of them (an unexpected failure: logged, and hidden from the client). An
     * unreachable database wins over the rest of the chain.
     */
    public static RuntimeException translate(RuntimeException e) {
        if (e instanceof DatabaseException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLException sql && unavailable(sql)) {
                return new DatabaseUnavailableException(e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                if (timedOut(sql)) {
                    return new StatementTimeoutException(e);
                }
                if (sql.getSQLState().startsWith("22")) {
                    return new UnusableValueException(e);
                }
            }
        }
        return e;
    }

    /** Whether the statement was cancelled by the statement timeout (57014): also the exports' own test. */
    public static boolean timedOut(SQLException sql) {
        return "57014".equals(sql.getSQLState());
    }

    /** Connection exceptions (08xxx), admin shutdown (57P01), cannot connect now (57P03), an exhausted pool. */
    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P03") || poolExhausted(sql);
    }

    /**
     * Whether the connection pool had no connection to give in time: Agroal says so with a plain
     * SQLException without SQLState, thrown by its pool; recognised by that type and origin, not
     * by its message text.
     */
    static boolean poolExhausted(SQLException e) {
        StackTraceElement[] at = e.getStackTrace();
        return e.getSQLState() == null && at.length > 0 && at[0].getClassName().startsWith("io.agroal.pool.");
    }
}
