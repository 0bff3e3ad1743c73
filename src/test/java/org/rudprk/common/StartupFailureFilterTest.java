package org.rudprk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.rudprk.RunDatabase;

/**
 * Start-up failures caused by the configuration, as the real PostgreSQL driver reports them,
 * become one line of advice with no stack trace.
 */
class StartupFailureFilterTest {

    private static LogRecord failedStart(Throwable cause) {
        LogRecord r = new LogRecord(Level.SEVERE, "Failed to start application");
        r.setThrown(new RuntimeException("io.quarkus.runtime.StartupException", cause));
        return r;
    }

    private static String filtered(Throwable cause) {
        LogRecord r = failedStart(cause);
        assertTrue(new StartupFailureFilter().isLoggable(r));
        assertNull(r.getThrown(), "no stack trace");
        assertEquals(1, r.getMessage().lines().count(), r.getMessage());
        return r.getMessage();
    }

    @Test
    void aMissingDatabaseSaysToCreateIt() {
        String server = RunDatabase.url().replaceFirst("^(jdbc:postgresql://[^/]+/).*$", "$1");
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(server + "no_such_database_rudprk", "postgres", "postgres"));
        String line = filtered(e);
        assertTrue(line.startsWith("Cannot start: the database does not exist") && line.contains("createdb"), line);
    }

    @Test
    void anUnreachableServerSaysToStartItOrFixTheUrl() {
        // a port nothing listens on
        SQLException e = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/x?connectTimeout=2", "postgres", ""));
        String line = filtered(e);
        assertTrue(line.contains("cannot reach PostgreSQL") && line.contains("QUARKUS_DATASOURCE_JDBC_URL"), line);
    }

    @Test
    void otherFailuresKeepTheirStackTrace() {
        LogRecord r = failedStart(new IllegalStateException("a bug"));
        new StartupFailureFilter().isLoggable(r);
        assertTrue(r.getThrown() != null);
        LogRecord plain = new LogRecord(Level.INFO, "Installed features");
        assertTrue(new StartupFailureFilter().isLoggable(plain));
    }
}
