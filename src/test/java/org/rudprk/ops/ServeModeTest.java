package org.rudprk.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Mode serve, as run against a hot standby: every API connection opens read-only transactions
 * (so nothing on the serving path can write, even with a role that could), the start-up check
 * accepts a current schema, and readiness carries the replication check (role primary here).
 * The test database is migrated by the profile itself, as the loading job would.
 */
@QuarkusTest
@TestProfile(ServeModeTest.Serve.class)
class ServeModeTest {

    public static class Serve implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rudprk.mode", "serve",
                    // The loading job's part, done here so the test stands alone.
                    "quarkus.flyway.migrate-at-start", "true",
                    "quarkus.flyway.username", "postgres",
                    "quarkus.flyway.password", "postgres");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void connectionsAreReadOnly() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (var rs = st.executeQuery("select current_setting('default_transaction_read_only'), "
                    + "current_setting('statement_timeout')")) {
                rs.next();
                assertEquals("on", rs.getString(1));
                assertEquals("5s", rs.getString(2));
            }
            SQLException e = assertThrows(SQLException.class, () -> st.execute("create temporary table t (i int)"));
            assertEquals("25006", e.getSQLState(), e.getMessage());
        }
    }

    @Test
    void servesAndReportsReplicationRole() {
        given().contentType("application/json").body("{\"query\":\"{ datasetRelease { version } }\"}")
                .post("/graphql").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Replication lag"))
                .body("checks.find { it.name == 'Replication lag' }.data.role", equalTo("primary"));
    }
}
