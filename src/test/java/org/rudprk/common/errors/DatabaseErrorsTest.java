package org.rudprk.common.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.hibernate.JDBCException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The data layer's translation of failed statements: by SQLState and exception type into
 * exceptions that carry their error code (which SmallRye writes as extensions.code) and the
 * message the client reads; anything else stays an unexpected failure.
 */
class DatabaseErrorsTest {

    /** A failure as Hibernate reports it from Session.doReturningWork or a query. */
    private static JDBCException failed(String sqlState) {
        return new GenericJDBCException("error executing work", new SQLException("ERROR: the database's words", sqlState));
    }

    private static String code(Throwable t) {
        ErrorCode code = t.getClass().getAnnotation(ErrorCode.class);
        return code == null ? null : code.value();
    }

    @Test
    void aStatementTimeoutCarriesItsCodeAndMessage() {
        JDBCException cause = failed("57014");
        RuntimeException e = DatabaseErrors.translate(cause);
        assertInstanceOf(StatementTimeoutException.class, e);
        assertEquals("STATEMENT_TIMEOUT", code(e));
        assertEquals("The query ran past the per-request database time limit; ask for less (smaller pages, fewer "
                + "nested lists).", e.getMessage());
        assertSame(cause, e.getCause(), "the driver's exception stays the cause, for the log");
    }

    @Test
    void aValueTheDatabaseRefusesIsAnInvalidArgument() {
        for (String state : new String[] { "22021", "22003", "22P02", "22007" }) {
            RuntimeException e = DatabaseErrors.translate(failed(state));
            assertInstanceOf(UnusableValueException.class, e, state);
            assertEquals("INVALID_ARGUMENT", code(e));
            assertEquals("A value in the request cannot be used (for example a NUL character or an out-of-range "
                    + "number).", e.getMessage());
        }
    }

    @Test
    void anUnreachableDatabaseIsServiceUnavailable() {
        for (String state : new String[] { "08001", "08006", "57P01", "57P03" }) {
            RuntimeException e = DatabaseErrors.translate(failed(state));
            assertInstanceOf(DatabaseUnavailableException.class, e, state);
            assertEquals("SERVICE_UNAVAILABLE", code(e));
            assertEquals("The database is unavailable right now; try again in a few seconds.", e.getMessage());
        }
        // By Hibernate's type, whatever the state.
        assertInstanceOf(DatabaseUnavailableException.class, DatabaseErrors.translate(
                new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("gone"))));
    }

    @Test
    void aPoolWithNoConnectionToGiveIsServiceUnavailable() {
        SQLException agroal = new SQLException("Sorry, acquisition timeout!");
        agroal.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", "ConnectionPool.java", 1) });
        assertInstanceOf(DatabaseUnavailableException.class,
                DatabaseErrors.translate(new GenericJDBCException("Unable to acquire JDBC Connection", agroal)));
        // The same plain SQLException thrown anywhere else is not the pool speaking.
        GenericJDBCException elsewhere = new GenericJDBCException("x", new SQLException("Sorry, acquisition timeout!"));
        assertSame(elsewhere, DatabaseErrors.translate(elsewhere));
    }

    @Test
    void anyOtherFailureStaysUnexpected() {
        for (String state : new String[] { "42P01", "42501", "XX000", "40001" }) {
            JDBCException e = failed(state);
            assertSame(e, DatabaseErrors.translate(e), state);
        }
        IllegalStateException notSql = new IllegalStateException("two columns labelled x");
        assertSame(notSql, DatabaseErrors.translate(notSql));
    }

    @Test
    void theOutageWinsOverTheRestOfTheChain() {
        SQLException timeout = new SQLException("canceling statement", "57014");
        timeout.setNextException(new SQLException("x"));
        JDBCConnectionException e = new JDBCConnectionException("connection lost", timeout);
        assertInstanceOf(DatabaseUnavailableException.class, DatabaseErrors.translate(e));
    }

    @Test
    void readingTranslatesWhatHibernateWorkThrows() {
        try {
            DatabaseErrors.reading(() -> {
                throw failed("57014");
            });
        } catch (StatementTimeoutException e) {
            return;
        }
        throw new AssertionError("not translated");
    }

    @Test
    void smallRyeShowsTheMessagesOfTheTranslatedExceptions() throws Exception {
        java.util.Properties config = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        // SmallRye matches a class or any of its superclasses against this list.
        java.util.List<String> shown = java.util.List.of(config.getProperty(
                "quarkus.smallrye-graphql.show-runtime-exception-message").split(","));
        assertTrue(shown.contains(DatabaseException.class.getName()), shown.toString());
        for (Class<?> c : java.util.List.of(StatementTimeoutException.class, UnusableValueException.class,
                DatabaseUnavailableException.class)) {
            assertEquals(DatabaseException.class, c.getSuperclass());
        }
    }
}
