package org.rudprk.common;

import java.sql.SQLException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * A start-up that fails because of the configuration (no database server, no such database,
 * refused credentials, schema not migrated, an extension missing) is told in one line saying
 * what is wrong and how to fix it, with no stack trace. Other failures are logged as they are.
 * Applied to the console log by {@code quarkus.log.console.filter=startup-failure}.
 */
@LoggingFilter(name = "startup-failure")
public final class StartupFailureFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown == null || record.getMessage() == null || !record.getMessage().contains("Failed to start")) {
            return true;
        }
        String advice = advice(thrown);
        if (advice != null) {
            record.setThrown(null);
            record.setParameters(null);
            record.setMessage("Cannot start: " + advice);
        }
        return true;
    }

    /** One line of what is wrong and what to do, or null when the failure is not a known configuration mistake. */
    public static String advice(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")) {
                    return "cannot reach PostgreSQL (" + message + "); start it, or point QUARKUS_DATASOURCE_JDBC_URL "
                            + "at a running server (e.g. jdbc:postgresql://127.0.0.1:5432/postgres).";
                }
                if (state.equals("3D000")) {
                    return "the database does not exist (" + message + "); create it (createdb NAME) or fix the "
                            + "database name in QUARKUS_DATASOURCE_JDBC_URL.";
                }
                if (state.startsWith("28")) {
                    return "PostgreSQL refused the credentials (" + message + "); set QUARKUS_DATASOURCE_USERNAME/"
                            + "QUARKUS_DATASOURCE_PASSWORD (the read-only API role) and QUARKUS_FLYWAY_USERNAME/"
                            + "QUARKUS_FLYWAY_PASSWORD (the owner who migrates).";
                }
                if (state.equals("58P01") || message.contains("extension")) {
                    return "a PostgreSQL extension is missing (" + message + "); install pg_trgm and unaccent "
                            + "(Debian: the postgresql-contrib package) and start again.";
                }
                if (state.equals("42501")) {
                    return "permission denied (" + message + "); the migration user (QUARKUS_FLYWAY_USERNAME) must own "
                            + "the database or be allowed to create the schema and the extensions.";
                }
            }
            if (t.getClass().getName().endsWith("SchemaManagementException") && message.contains("missing")) {
                return "the tables are not where the service looks (" + message + "); let it migrate "
                        + "(RUDPRK_MODE=all or load) and keep rudprk.schema (RUDPRK_SCHEMA) the same for both.";
            }
        }
        return null;
    }
}
