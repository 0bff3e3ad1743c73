package org.rudprk.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The loading job ({@code rudprk.mode=load}): applies the schema migrations and loads the seeds
 * from {@code rudprk.seeds.location} in one Flyway run, as the owner (quarkus.flyway.*), then
 * prints the release now in the database. Exit status 0 on success, 1 with a one-line reason on
 * failure (the database is then left as it was: the seed load is one transaction).
 */
@ApplicationScoped
public class LoadJob {

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "rudprk.seeds.location", defaultValue = "classpath:seeds")
    String seeds;

    public int run() {
        long started = System.nanoTime();
        try {
            MigrateResult result = flyway.migrate();
            String release = release();
            System.out.printf("rudprk load: %d migration(s) applied, schema at version %s; %s from %s; %d ms%n",
                    result.migrationsExecuted, flyway.info().current() == null ? "none"
                            : flyway.info().current().getVersion(),
                    release, seeds, (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (Exception e) {
            System.err.println("rudprk load failed: " + reason(e));
            return 1;
        }
    }

    private String release() throws Exception {
        try (Connection c = flyway.getConfiguration().getDataSource().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select version, record_count, actor_count, source_count from "
                        + flyway.getConfiguration().getDefaultSchema() + ".dataset_release")) {
            if (!rs.next()) {
                return "no dataset release";
            }
            return "dataset " + rs.getString("version") + " (" + rs.getInt("record_count") + " records, "
                    + rs.getInt("actor_count") + " actors, " + rs.getInt("source_count") + " sources)";
        }
    }

    /**
     * A seed error's own message (it names file, record and field); otherwise Flyway's message
     * (it names the database and user when no connection comes), without the blank lines.
     */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.rudprk.") && t.getMessage() != null) {
                return t.getMessage().strip();
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceAll("(?m)^\\s*[-]+\\s*$", "").replaceAll("\\n\\s*\\n+", "\n").strip();
    }
}
