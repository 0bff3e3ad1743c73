package org.rudprk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rudprk.RunDatabase;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The application under test reads a database created for this run (org.rudprk.RunDatabase),
 * named after the configured one, never the configured database itself: two runs on one
 * server do not empty each other's tables.
 */
@QuarkusTest
class RunDatabaseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theApplicationReadsThisRunsOwnDatabase() throws SQLException {
        String configured = RunDatabase.configuredBaseName();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select current_database(), (select count(*) from actors)")) {
            assertTrue(rs.next());
            String db = rs.getString(1);
            assertTrue(db.matches(java.util.regex.Pattern.quote(configured) + "_run_\\d{14}_\\d+_\\d{4}"),
                    "the run's database " + db + " is derived from the configured " + configured);
            assertEquals(db, RunDatabase.createdName(), "the database this run created and will drop");
            assertTrue(rs.getLong(2) > 0, "migrated and loaded");
        }
    }
}
