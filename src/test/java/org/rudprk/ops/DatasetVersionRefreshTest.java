package org.rudprk.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rudprk.dataset.DatasetVersionHeader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A release loaded while the service runs (by the loading job, here simulated by changing the
 * release row as the owner) is what header, body and export listing name within the refresh
 * interval (1 s), without a restart.
 */
@QuarkusTest
class DatasetVersionRefreshTest {

    @Inject
    DatasetVersionHeader header;

    @Test
    void aReleaseLoadedWhileServingIsPickedUpWithinTheRefreshInterval() throws Exception {
        String before = currentVersion();
        String next = "ds-0000" + Long.toHexString(System.nanoTime() & 0xffffffL);
        try {
            setVersion(next);
            long started = System.nanoTime();
            while (!next.equals(header.version()) && System.nanoTime() - started < 5_000_000_000L) {
                Thread.sleep(50);
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertEquals(next, header.version(), "version() after " + ms + " ms");
            assertTrue(ms < 2_500, "picked up in " + ms + " ms, refresh interval 1 s");
            Response r = given().contentType("application/json")
                    .body("{\"query\":\"{ datasetRelease { version } }\"}").post("/graphql");
            assertEquals(next, r.header(DatasetVersionHeader.HEADER));
            assertEquals(next, r.jsonPath().getString("data.datasetRelease.version"));
            assertEquals(next, given().get("/export").jsonPath().getString("datasetVersion"));
        } finally {
            setVersion(before);
        }
        long started = System.nanoTime();
        while (!before.equals(header.version()) && System.nanoTime() - started < 5_000_000_000L) {
            Thread.sleep(50);
        }
        assertEquals(before, header.version());
    }

    private static Connection owner() throws SQLException {
        return org.rudprk.RunDatabase.owner();
    }

    private static String currentVersion() throws SQLException {
        try (Connection c = owner(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select version from dataset_release")) {
            assertTrue(rs.next(), "a release is loaded");
            return rs.getString(1);
        }
    }

    private static void setVersion(String version) throws SQLException {
        try (Connection c = owner(); PreparedStatement ps = c.prepareStatement("update dataset_release set version = ?")) {
            ps.setString(1, version);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
