package org.rudprk;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Every test run gets a PostgreSQL database of its own, so two runs on one server (two
 * checkouts, two engineers, CI next to a developer) never empty each other's tables.
 *
 * <p>When the JUnit launcher session opens, the configured test URL (system property
 * {@code quarkus.datasource.jdbc.url}, else the environment's {@code _TEST_QUARKUS_DATASOURCE_JDBC_URL}
 * or {@code QUARKUS_DATASOURCE_JDBC_URL}, else {@code %test.quarkus.datasource.jdbc.url} of
 * application.properties) is taken apart; a database named after it plus a unique suffix
 * ({@code test} becomes {@code test_run_20261130185512_4821}) is created on the same server,
 * and the system property {@code quarkus.datasource.jdbc.url} (which outranks the environment and
 * application.properties) points every application and test of the run at it. When the session
 * closes, after the last Quarkus application has stopped, the database is dropped; a JVM
 * shutdown hook drops it too if the run is interrupted.
 *
 * <p>The owner's credentials ({@code QUARKUS_FLYWAY_USERNAME}/{@code QUARKUS_FLYWAY_PASSWORD},
 * default postgres) create and drop it, as they migrate it. {@code -Drudprk.test.isolate=false}
 * turns this off and tests use the configured database as it is.
 */
public class RunDatabase implements LauncherSessionListener {

    /** The URL of this run's database, once created (also the system property below). */
    public static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");

    private static volatile String created;
    private static volatile String serverUrl;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        if (created != null || "false".equals(System.getProperty("rudprk.test.isolate"))) {
            return;
        }
        String configured = configuredUrl();
        Matcher m = URL.matcher(configured);
        if (!m.matches()) {
            throw new IllegalStateException("The test database URL must look like jdbc:postgresql://host:port/database, got "
                    + configured);
        }
        String base = m.group(2).isEmpty() ? "test" : m.group(2);
        // System properties, not fields: Quarkus loads test classes again in its own class loader.
        System.setProperty("rudprk.test.configured-database", base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        String suffix = "_run_" + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ProcessHandle.current().pid() + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        String name = (base.length() + suffix.length() > 63 ? base.substring(0, 63 - suffix.length()) : base) + suffix;
        name = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        serverUrl = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
        onServer("create database " + name);
        created = name;
        System.setProperty("rudprk.test.run-database", name);
        String url = m.group(1) + name + (m.group(3) == null ? "" : m.group(3));
        System.setProperty(URL_PROPERTY, url);
        System.out.println("[test database] created " + name + " for this run; it is dropped when the run ends");
        Runtime.getRuntime().addShutdownHook(new Thread(RunDatabase::drop, "drop-test-database"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        drop();
    }

    private static synchronized void drop() {
        String name = created;
        if (name == null) {
            return;
        }
        created = null;
        try {
            onServer("drop database if exists " + name + " with (force)");
            System.out.println("[test database] dropped " + name);
        } catch (RuntimeException e) {
            System.out.println("[test database] could not drop " + name + ": " + e.getMessage());
        }
    }

    /** The name of the database this run created (null before the run or with isolation off). */
    public static String createdName() {
        return System.getProperty("rudprk.test.run-database");
    }

    /** The database name of the configured URL, before this run derived its own from it. */
    public static String configuredBaseName() {
        return System.getProperty("rudprk.test.configured-database");
    }

    /** The URL of the database tests use (this run's own once the session has opened). */
    public static String url() {
        String url = System.getProperty(URL_PROPERTY);
        return url != null ? url : configuredUrl();
    }

    /** The owner's credentials, as Flyway's in application.properties. */
    public static String ownerUser() {
        return env("QUARKUS_FLYWAY_USERNAME", "postgres");
    }

    public static String ownerPassword() {
        return env("QUARKUS_FLYWAY_PASSWORD", "postgres");
    }

    /**
     * A connection to the tests' database with the owner's credentials: for what a test must write
     * behind the API's back (the API's own role only reads).
     */
    public static java.sql.Connection owner() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(url(), ownerUser(), ownerPassword());
    }

    /** Runs {@code sql} as the owner in the tests' database ({@link #owner()}). */
    public static void execute(String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = owner(); java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static String configuredUrl() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = System.getenv("_TEST_QUARKUS_DATASOURCE_JDBC_URL");
        }
        if (url == null) {
            url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        }
        if (url == null) {
            Properties p = new Properties();
            try (InputStream in = RunDatabase.class.getClassLoader().getResourceAsStream("application.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read application.properties", e);
            }
            url = p.getProperty("%test.quarkus.datasource.jdbc.url", p.getProperty("quarkus.datasource.jdbc.url"));
        }
        if (url == null) {
            throw new IllegalStateException("no test database URL: set QUARKUS_DATASOURCE_JDBC_URL");
        }
        return url;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void onServer(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl, ownerUser(), ownerPassword());
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("[test database] " + sql + " failed on " + serverUrl + ": " + e.getMessage()
                    + " (tests need a PostgreSQL they may create databases on; set QUARKUS_DATASOURCE_JDBC_URL"
                    + " and QUARKUS_FLYWAY_USERNAME/QUARKUS_FLYWAY_PASSWORD)", e);
        }
    }
}
