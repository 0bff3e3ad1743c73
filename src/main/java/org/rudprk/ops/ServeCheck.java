package org.rudprk.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * In mode {@code serve} nothing migrates at start, so the instance checks, read-only, that the
 * loading job has run: the schema is there, no schema migration of this jar is pending, and a
 * dataset release is loaded. Otherwise it refuses to start, saying what to run.
 */
@ApplicationScoped
public class ServeCheck {

    @ConfigProperty(name = Mode.PROPERTY, defaultValue = "all")
    String mode;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<Flyway> flyway;

    void check(@Observes @Priority(1) StartupEvent event) throws Exception {
        if (Mode.parse(mode) != Mode.SERVE) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select to_regclass('dataset_release') is not null")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new IllegalStateException("rudprk.mode=serve: the database has no dataset_release table in "
                            + "the schema of the JDBC URL (currentSchema); run the loading job first (RUDPRK_MODE=load)");
                }
            }
            String pending = Arrays.stream(flyway.get().info().pending())
                    .filter(m -> m.getVersion() != null)
                    .map(MigrationInfo::getScript)
                    .collect(Collectors.joining(", "));
            if (!pending.isEmpty()) {
                throw new IllegalStateException("rudprk.mode=serve: the schema is behind this release of the API ("
                        + pending + " not applied); run the loading job of this release first (RUDPRK_MODE=load)");
            }
            try (ResultSet rs = st.executeQuery("select count(*) from dataset_release")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    throw new IllegalStateException("rudprk.mode=serve: no dataset release is loaded; "
                            + "run the loading job first (RUDPRK_MODE=load)");
                }
            }
        }
    }
}
